package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.SweepReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading many files on every core against loading them on one: each benchmark runs with {@code
 * parallelism} 1 and then 2 (this machine's cores), back to back in one fork, so that the ratio of
 * the two {@code megabytes} counters (MB/s of UTF-8 input) is the speed-up.
 *
 * <ul>
 *   <li>{@code seedDump*}: the seed page saved 2,318 times, one file each, as a scraper leaves a
 *       site (16.8 MB): {@link PlanLoader#loadEach}, {@link Corpus#load} (which also indexes all
 *       tasks, on one thread), and the bounded-memory sweep {@link PlanLoader#forEachFile}, with
 *       their floor on as many threads ({@code seedDumpReadDecodeSplit}: read, decode, split);
 *   <li>{@code pagesSweep}: 4,000 synthetic pages ({@link SyntheticPlans#pages}, 15.6 MB) swept
 *       as texts ({@link PlanLoader#forEachText});
 *   <li>{@code documentFiles}: 1,000 synthetic pages saved as the files of one document, {@link
 *       PlanLoader#loadFiles}: the files are read and decoded in parallel, then the document is one
 *       plan, whose outline is read on one thread and whose statements are read on {@code
 *       parallelism} threads.
 * </ul>
 *
 * <p>The JVM's default heap settings (no {@code -Xmx}, {@code -Xmn}): the settings a user runs.
 *
 * <pre>{@code
 * java -jar examples/target/benchmarks.jar ParallelLoadBenchmarks
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ParallelLoadBenchmarks {

  /** The seed saved as 2,318 files in a temporary directory, and a loader of each parallelism. */
  @State(Scope.Benchmark)
  public static class SeedDump {
    @Param({"1", "2"})
    public int parallelism;
    PlanLoader loader;
    Path dir;
    List<Path> files = new ArrayList<>();
    long total;
    ForkJoinPool pool;

    @Setup(Level.Trial)
    public void write() throws IOException {
      pool = new ForkJoinPool(parallelism);
      byte[] seed;
      try (InputStream in = PlanLoader.class.getResourceAsStream("/io/github/pilotplan/seeds/000_8ddc76576f8f43b0.txt")) {
        seed = in.readAllBytes();
      }
      dir = Files.createTempDirectory("pilotplan-seed-dump");
      total = writePages(dir, Collections.nCopies(2_318, seed), files);
      loader = PlanLoader.standard().withParallelism(parallelism);
      System.out.printf("%n# the seed dump: %,d files, %,d bytes; parallelism %d%n", files.size(), total, parallelism);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      pool.shutdown();
      deleteTree(dir);
    }
  }

  /** 4,000 synthetic pages as texts. */
  @State(Scope.Benchmark)
  public static class Pages {
    @Param({"1", "2"})
    public int parallelism;
    PlanLoader loader;
    List<String> texts;
    long total;

    @Setup(Level.Trial)
    public void generate() {
      texts = SyntheticPlans.pages(3, 4_000);
      for (String t : texts) {
        total += t.getBytes(StandardCharsets.UTF_8).length;
      }
      loader = PlanLoader.standard().withParallelism(parallelism);
      System.out.printf("%n# %,d synthetic pages, %,d bytes; parallelism %d%n", texts.size(), total, parallelism);
    }
  }

  /** 1,000 synthetic pages saved as the files of one document. */
  @State(Scope.Benchmark)
  public static class DocumentFiles {
    @Param({"1", "2"})
    public int parallelism;
    PlanLoader loader;
    Path dir;
    List<Path> files = new ArrayList<>();
    long total;

    @Setup(Level.Trial)
    public void write() throws IOException {
      dir = Files.createTempDirectory("pilotplan-document");
      List<byte[]> pages = new ArrayList<>();
      for (String page : SyntheticPlans.pages(2, 1_000)) {
        pages.add(page.getBytes(StandardCharsets.UTF_8));
      }
      total = writePages(dir, pages, files);
      loader = PlanLoader.standard().withParallelism(parallelism);
      System.out.printf("%n# one document of %,d page files, %,d bytes; parallelism %d%n", files.size(), total,
          parallelism);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      deleteTree(dir);
    }
  }

  @Benchmark
  public int seedDumpLoadEach(SeedDump d, LoadBenchmarks.Input in) throws IOException {
    in.megabytes += d.total / 1e6;
    return d.loader.loadEach(d.files).size();
  }

  /**
   * The floor of {@link #seedDumpLoadEach} on the same threads: read each file, decode it as UTF-8
   * and split it into line strings, on {@code parallelism} threads (a parallel stream in a pool of
   * that many). Its speed-up is what this machine gives work that allocates and shares nothing.
   */
  @Benchmark
  public long seedDumpReadDecodeSplit(SeedDump d, LoadBenchmarks.Input in) {
    in.megabytes += d.total / 1e6;
    return d.pool.submit(() -> d.files.parallelStream().mapToLong(ParallelLoadBenchmarks::readDecodeSplit).sum())
        .join();
  }

  private static long readDecodeSplit(Path file) {
    try {
      return LoadBenchmarks.lines(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Corpus seedDumpCorpus(SeedDump d, LoadBenchmarks.Input in) throws IOException {
    in.megabytes += d.total / 1e6;
    return Corpus.load(d.files, d.loader);
  }

  @Benchmark
  public SweepReport seedDumpSweep(SeedDump d, LoadBenchmarks.Input in) {
    in.megabytes += d.total / 1e6;
    long[] financeTasks = {0};
    SweepReport report = d.loader.forEachFile(d.files,
        (file, plan) -> financeTasks[0] += plan.tasks().ownedBy("市财政局").dueIn(2011).count());
    if (financeTasks[0] != 4L * d.files.size()) {
      throw new IllegalStateException("the seed has 4 tasks of 市财政局 due 2011, not " + financeTasks[0] / d.files.size());
    }
    return report;
  }

  @Benchmark
  public SweepReport pagesSweep(Pages p, LoadBenchmarks.Input in) {
    in.megabytes += p.total / 1e6;
    return p.loader.forEachText(p.texts, (text, plan) -> { });
  }

  @Benchmark
  public Plan documentFiles(DocumentFiles d, LoadBenchmarks.Input in) throws IOException {
    in.megabytes += d.total / 1e6;
    return d.loader.loadFiles(d.files);
  }

  /** Writes each page as {@code page-NNNN.txt} in {@code dir}, adds the files to {@code files}; the bytes written. */
  static long writePages(Path dir, List<byte[]> pages, List<Path> files) throws IOException {
    long total = 0;
    for (int i = 0; i < pages.size(); i++) {
      Path f = dir.resolve(String.format("page-%04d.txt", i));
      Files.write(f, pages.get(i));
      files.add(f);
      total += pages.get(i).length;
    }
    return total;
  }

  static void deleteTree(Path dir) throws IOException {
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
