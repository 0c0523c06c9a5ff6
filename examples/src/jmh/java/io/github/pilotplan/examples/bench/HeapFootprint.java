package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
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
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.util.Multiset;

/**
 * The retained heap of a synthetic corpus of 100,000 tasks next to the size of its text, measured
 * two ways: JOL's walk of the object graph reachable from the corpus (exact: every object
 * counted once, shared ones too), and the growth of the used heap across building it, each side
 * taken after repeated {@code System.gc()} (a cross-check; it includes anything else the build
 * left alive). Then, by JOL's walk, the suite's two other shapes: the seed dump (the seed page
 * saved as files, as {@link ParallelLoadBenchmarks} does, here 139 of them, about 1 MB, loaded with
 * {@link Corpus#load}) and one plan of 1,000 synthetic pages ({@link PlanLoader#loadPages}, as
 * {@link LoadBenchmarks#document} loads them).
 *
 * <p>Each shape's figure is followed by the eight classes holding the most bytes of it. What several
 * plans share (labels, short words, role pairs) is counted once in each walk; the
 * loader's tables of shared instances (each bounded: some 16,000 values at most) hold them outside
 * the model, and are not counted.
 *
 * <pre>{@code
 * java -cp examples/target/benchmarks.jar io.github.pilotplan.examples.bench.HeapFootprint
 * }</pre>
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  public static void main(String[] args) {
    measure();
  }

  /** Prints the measurements. */
  static void measure() {
    measureCorpus();
    measureSeedDump();
    measureDocument();
  }

  /** The seed page saved {@value #SEED_COPIES} times (about 1 MB), loaded as a corpus. */
  static final int SEED_COPIES = 139;

  /** The pages of the one-plan shape. */
  static final int DOCUMENT_PAGES = 1_000;

  private static void measureSeedDump() {
    byte[] seed;
    Path dir;
    List<Path> files = new ArrayList<>();
    Corpus corpus;
    try (InputStream in = PlanLoader.class.getResourceAsStream("/io/github/pilotplan/seeds/000_8ddc76576f8f43b0.txt")) {
      seed = in.readAllBytes();
      dir = Files.createTempDirectory("pilotplan-seed-dump");
      try {
        ParallelLoadBenchmarks.writePages(dir, Collections.nCopies(SEED_COPIES, seed), files);
        corpus = Corpus.load(files, PlanLoader.standard());
      } finally {
        ParallelLoadBenchmarks.deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf("%n# Heap of the seed dump: the seed page saved %,d times, loaded with Corpus.load: %,d plans, %,d tasks%n",
        SEED_COPIES, corpus.plans().size(), corpus.allTasks().size());
    printRetained(corpus, corpus.plans());
  }

  private static void measureDocument() {
    Plan plan = PlanLoader.standard().loadPages(SyntheticPlans.pages(2, DOCUMENT_PAGES));
    System.out.printf("%n# Heap of one plan of %,d synthetic pages (loadPages): %,d tasks%n", DOCUMENT_PAGES,
        plan.allTasks().size());
    printRetained(plan, List.of(plan));
  }

  /** JOL's retained size of {@code root} next to the UTF-8 size of the texts of {@code plans}. */
  private static void printRetained(Object root, List<Plan> plans) {
    long utf8 = 0;
    for (Plan p : plans) {
      utf8 += p.text().getBytes(StandardCharsets.UTF_8).length;
    }
    GraphLayout layout = GraphLayout.parseInstance(root);
    long total = layout.totalSize();
    System.out.printf("#   text: %,d bytes of UTF-8; retained (JOL graph walk): %,d bytes = %.2f x the UTF-8 text%n",
        utf8, total, (double) total / utf8);
    printLargestClasses(layout, utf8);
  }

  /** The classes holding the most bytes in {@code layout}: where the rest of the ratio goes. */
  private static void printLargestClasses(GraphLayout layout, long utf8) {
    Multiset<Class<?>> sizes = layout.getClassSizes();
    Multiset<Class<?>> counts = layout.getClassCounts();
    List<Class<?>> classes = new ArrayList<>(layout.getClasses());
    classes.sort(Comparator.comparingLong((Class<?> c) -> sizes.count(c)).reversed());
    for (Class<?> c : classes.subList(0, Math.min(8, classes.size()))) {
      System.out.printf("#     %-36s %,9d objects %,12d bytes (%.2f x)%n", c.getSimpleName(), counts.count(c),
          sizes.count(c), (double) sizes.count(c) / utf8);
    }
  }

  private static void measureCorpus() {
    long before = usedAfterGc();
    Corpus corpus = SyntheticPlans.corpus(1, 100_000);
    long after = usedAfterGc();
    long total = GraphLayout.parseInstance(corpus).totalSize();
    long plans = GraphLayout.parseInstance(corpus.plans().toArray()).totalSize();
    long texts = 0;
    long utf8 = 0;
    long chars = 0;
    for (Plan p : corpus.plans()) {
      texts += GraphLayout.parseInstance(p.text()).totalSize();
      utf8 += p.text().getBytes(StandardCharsets.UTF_8).length;
      chars += p.text().length();
    }
    for (Plan p : corpus.plans()) {
      p.tasks();   // each plan's own index, built when a plan is first asked
    }
    long withPlanIndexes = GraphLayout.parseInstance(corpus).totalSize();
    System.out.printf("%n# Heap of a synthetic corpus: %,d plans, %,d tasks%n", corpus.plans().size(),
        corpus.allTasks().size());
    System.out.printf("#   text: %,d bytes of UTF-8 (%,d chars; %,d bytes as Java strings)%n", utf8, chars, texts);
    System.out.printf("#   retained (JOL graph walk): %,d bytes = %.2f x the UTF-8 text%n", total, (double) total / utf8);
    System.out.printf("#     the plans (model and text): %,d bytes; the corpus's index, task list and identity table: %,d bytes%n",
        plans, total - plans);
    System.out.printf("#   after a question to every plan (each plan's own index built too): %,d bytes = %.2f x%n",
        withPlanIndexes, (double) withPlanIndexes / utf8);
    System.out.printf("#   used-heap growth across building it, after System.gc() (cross-check): %,d bytes = %.2f x%n",
        after - before, (double) (after - before) / utf8);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
