package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import java.nio.charset.StandardCharsets;
import org.openjdk.jol.info.GraphLayout;

/**
 * The retained heap of a synthetic corpus of 100,000 tasks next to the size of its text, measured
 * two ways: JOL's walk of the object graph reachable from the corpus (exact: every object
 * counted once, shared ones too), and the growth of the used heap across building it, each side
 * taken after repeated {@code System.gc()} (a cross-check; it includes anything else the build
 * left alive).
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

  /** Prints the measurement. */
  static void measure() {
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
