package io.github.pilotplan.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entry point of {@code benchmarks.jar}: prints the machine, the heap footprint of the
 * 100,000-task corpus ({@link HeapFootprint}), then runs the JMH benchmarks, passing on the
 * arguments (JMH's own, e.g. {@code -rf json} or a benchmark name pattern).
 *
 * <pre>{@code
 * java -jar examples/target/benchmarks.jar
 * java -jar examples/target/benchmarks.jar QueryBenchmarks -rf json
 * }</pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.out.printf("# %d processors, %s, JDK %s (%s)%n", Runtime.getRuntime().availableProcessors(),
        cpuModel(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    HeapFootprint.measure();
    org.openjdk.jmh.Main.main(args);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
