package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading speed in operations and in megabytes (10^6 bytes) of UTF-8 input per second, next to
 * the limit: decoding the same bytes (a JDK intrinsic) and splitting them into line strings,
 * which any loader must at least do.
 *
 * <ul>
 *   <li>{@code seed*}: the bundled seed page (7,239 bytes), warm;
 *   <li>{@code corpus*}: 10,000 synthetic pages ({@link SyntheticPlans#pages}), each loaded as a
 *       plan of its own, about 39 MB;
 *   <li>{@code document}: one document of 100 or 1,000 synthetic pages ({@link
 *       PlanLoader#loadPages}), to see whether ten times the input takes ten times as long (run it
 *       with {@code -p pages=256,4096} for the 1 MB and 16 MB of issue 18), next to its floor
 *       {@code documentDecodeSplit}; a plan that large has its statements read on every core.
 * </ul>
 *
 * <p>The {@code megabytes} counter of each result is the input throughput in MB/s. Ten warm-up
 * seconds: on a two-core machine shared with other work, the JIT needs that long to settle. The
 * fork runs with the JVM's default heap settings, as a user's JVM does; {@link
 * LoadBenchmarksFixedHeap} runs the same benchmarks with a fixed heap (6 GiB, 3 GiB of it young),
 * the configuration the suite used before, where the collector hardly runs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoadBenchmarks {

  /** Megabytes of input handled, reported per second: MB/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Input {
    public double megabytes;

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  /** The seed's bytes, read once from the core's class path. */
  @State(Scope.Benchmark)
  public static class Seed {
    byte[] bytes;

    @Setup
    public void read() throws IOException {
      try (InputStream in = PlanLoader.class.getResourceAsStream("/io/github/pilotplan/seeds/000_8ddc76576f8f43b0.txt")) {
        bytes = in.readAllBytes();
      }
    }
  }

  /** 10,000 synthetic pages as UTF-8 bytes. */
  @State(Scope.Benchmark)
  public static class Pages {
    @Param("10000")
    public int pages;
    byte[][] bytes;
    long total;

    @Setup
    public void generate() {
      bytes = new byte[pages][];
      List<String> texts = SyntheticPlans.pages(1, pages);
      for (int i = 0; i < pages; i++) {
        bytes[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
        total += bytes[i].length;
      }
      System.out.printf("%n# %,d pages, %,d bytes of UTF-8%n", pages, total);
    }
  }

  /** One document of synthetic pages, as text. */
  @State(Scope.Benchmark)
  public static class Document {
    @Param({"100", "1000"})
    public int pages;
    List<String> texts;
    /** The same pages as UTF-8, for the floor. */
    List<byte[]> bytes = new ArrayList<>();
    long total;

    @Setup
    public void generate() {
      texts = SyntheticPlans.pages(2, pages);
      for (String t : texts) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        bytes.add(b);
        total += b.length;
      }
      System.out.printf("%n# one document of %,d pages, %,d bytes of UTF-8%n", pages, total);
    }
  }

  @Benchmark
  public Plan seedFromClassPath(Seed seed, Input in) {
    in.megabytes += seed.bytes.length / 1e6;
    return PlanLoader.seed();
  }

  @Benchmark
  public Plan seedLoad(Seed seed, Input in) throws IOException {
    in.megabytes += seed.bytes.length / 1e6;
    return PlanLoader.standard().load(seed.bytes);
  }

  @Benchmark
  public List<String> seedDecodeSplit(Seed seed, Input in) {
    in.megabytes += seed.bytes.length / 1e6;
    return lines(new String(seed.bytes, StandardCharsets.UTF_8));
  }

  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long corpusLoad(Pages pages, Input in) throws IOException {
    long tasks = 0;
    for (byte[] page : pages.bytes) {
      tasks += PlanLoader.standard().load(page).allTasks().size();
    }
    in.megabytes += pages.total / 1e6;
    return tasks;
  }

  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long corpusDecodeSplit(Pages pages, Input in) {
    in.megabytes += pages.total / 1e6;
    return decodeSplit(java.util.Arrays.asList(pages.bytes));
  }

  @Benchmark
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Plan document(Document doc, Input in) {
    in.megabytes += doc.total / 1e6;
    return PlanLoader.standard().loadPages(doc.texts);
  }

  /**
   * The limit for {@link #document}: decode each page's bytes and split them into line strings. (The
   * document is loaded from the pages as strings, so its time does not include their decoding: the
   * ratio of the two, if anything, flatters the load.)
   */
  @Benchmark
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long documentDecodeSplit(Document doc, Input in) {
    in.megabytes += doc.total / 1e6;
    return decodeSplit(doc.bytes);
  }

  /** Decodes each page as UTF-8 and splits it into line strings; the number of lines. */
  private static long decodeSplit(Iterable<byte[]> pages) {
    long lines = 0;
    for (byte[] page : pages) {
      lines += lines(new String(page, StandardCharsets.UTF_8)).size();
    }
    return lines;
  }

  /** The lines of {@code text} as strings, split at \n, \r\n and \r. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
