package io.github.pilotplan.examples.bench;

import com.google.common.base.Preconditions;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.SweepReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sweeps a corpus larger than the heap: writes synthetic plan files ({@link SyntheticPlans}, 64
 * pages, about 250 KB, a file) into a temporary directory until they hold the size asked for,
 * then loads them all with {@link PlanLoader#forEachFile}, asking each plan a question, and
 * prints the time, the throughput and the heap's peak. Nothing in the build runs it: it is the
 * command behind the README's figures for a 1 GB sweep in a 512 MB heap.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am package -DskipTests
 * java -Xmx512m -cp examples/target/pilotplan.jar io.github.pilotplan.examples.bench.SweepRun 1024
 * java -Xmx512m -cp examples/target/pilotplan.jar io.github.pilotplan.examples.bench.SweepRun 1024 1   # one thread
 * }</pre>
 *
 * <p>Arguments: the megabytes (10^6 bytes) of text to generate (default 1024), then the
 * parallelism (default: one per processor), then a directory to use instead of a temporary one
 * (kept, and reused when it already holds the files). The peak heap is the largest sum over the
 * heap's memory pools of their peak use after the generation ({@link MemoryPoolMXBean#getPeakUsage}):
 * what the sweep needed at most, garbage not yet collected included.
 */
public final class SweepRun {

  private static final int PAGES_PER_FILE = 8;

  private SweepRun() {}

  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Preconditions.checkArgument(megabytes > 0, "megabytes must be positive but was %s", megabytes);
    boolean keep = args.length > 2;
    Path dir = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("pilotplan-sweep");
    try {
      long start = System.nanoTime();
      List<Path> files = generate(dir, megabytes * 1_000_000L);
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
      System.out.printf("# %,d files, %,d bytes of UTF-8 in %s (%.1f s to write)%n", files.size(), bytes, dir,
          (System.nanoTime() - start) / 1e9);
      System.out.printf("# %d processors, parallelism %d, max heap %,d MB, JDK %s, %s%n",
          Runtime.getRuntime().availableProcessors(), parallelism, Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
      System.gc();
      List<MemoryPoolMXBean> heap = new ArrayList<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
          heap.add(pool);
        }
      }
      long gcBefore = gcMillis();
      long cpuBefore = cpuNanos();
      long[] financeTasks = {0};
      start = System.nanoTime();
      SweepReport report = PlanLoader.standard().withParallelism(parallelism).forEachFile(files,
          (file, plan) -> financeTasks[0] += plan.tasks().ownedBy("市财政局").dueIn(2011).count());
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (cpuNanos() - cpuBefore) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : heap) {
        peak += pool.getPeakUsage().getUsed();
      }
      System.out.printf("sweep: %s; %,d of them owned by 市财政局 due 2011%n", report, financeTasks[0]);
      System.out.printf("sweep: %.1f s, %.1f MB/s, peak heap %,d MB of %,d MB, %.1f s in GC, load average %.2f%n",
          seconds, bytes / 1e6 / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
          (gcMillis() - gcBefore) / 1e3, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("sweep: %.1f CPU seconds (%.0f %% of one core on average), %.1f MB per CPU second%n",
          cpu, 100 * cpu / seconds, bytes / 1e6 / cpu);
      for (SweepReport.Failure f : report.failures()) {
        System.out.println("failed: " + f);
      }
    } finally {
      if (!keep) {
        delete(dir);
      }
    }
  }

  /** Plan files of {@value #PAGES_PER_FILE} synthetic pages each, until they hold {@code bytes}. */
  private static List<Path> generate(Path dir, long bytes) throws IOException {
    List<Path> files = new ArrayList<>();
    long written = 0;
    for (int i = 0; written < bytes; i++) {
      Path f = dir.resolve(String.format("%03d/plan-%06d.txt", i / 1000, i));
      if (!Files.exists(f)) {
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", SyntheticPlans.pages(i, PAGES_PER_FILE)), StandardCharsets.UTF_8);
      }
      written += Files.size(f);
      files.add(f);
    }
    return files;
  }

  /** The CPU time of this process, all threads, or 0 where the JVM does not tell. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
