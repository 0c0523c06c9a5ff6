package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Many plans with one index over all their tasks: the same fluent questions as {@link
 * Plan#tasks()}, asked of every plan at once.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.of(List.of(
 *     PlanLoader.standard().load(Path.of("dongguan-2009.txt")),
 *     PlanLoader.standard().load(Path.of("shilong-2011.txt"))));
 * List<Task> due = corpus.tasks().ownedBy("市财政局").dueIn(2011).list();
 * for (Task t : due) {
 *   System.out.println(corpus.planOf(t).flatMap(Plan::name).orElse("?") + "  " + t.pathText());
 * }
 * corpus.tasks().inTown("黄江").count();
 * }</pre>
 *
 * <p>Tasks are in corpus order: the plans in the order given, each plan's tasks in document order;
 * every answer keeps that order. The index (by effective unit, lead unit, due year and town; see
 * {@link TaskQuery}) is built once, when the corpus is built, in time linear in the number of
 * tasks. {@link #planOf} tells which plan a task object came from.
 *
 * <p>A corpus is immutable and safe to share between threads. Two corpora are equal when they
 * hold equal plans in the same order.
 */
public final class Corpus {

  private final ImmutableList<Plan> plans;
  private final ImmutableList<Task> allTasks;
  /** planStarts[i] is the position in allTasks of plan i's first task; ascending. */
  private final int[] planStarts;
  /**
   * An open-addressing table from a task object's identity to its position + 1 (0 for a free
   * slot), so that {@link #planOf} finds the very object, not an equal task of another plan.
   */
  private final int[] byIdentity;
  private final TaskQuery tasks;

  private Corpus(ImmutableList<Plan> plans) {
    this.plans = plans;
    int total = 0;
    for (Plan p : plans) {
      total += p.allTasks().size();
    }
    ImmutableList.Builder<Task> all = ImmutableList.builderWithExpectedSize(total);
    this.planStarts = new int[plans.size()];
    int at = 0;
    for (int i = 0; i < plans.size(); i++) {
      planStarts[i] = at;
      all.addAll(plans.get(i).allTasks());
      at += plans.get(i).allTasks().size();
    }
    this.allTasks = all.build();
    this.byIdentity = new int[Math.max(2, Integer.highestOneBit(Math.max(1, total) * 2) << 1)];
    int mask = byIdentity.length - 1;
    for (int pos = 0; pos < total; pos++) {
      int slot = spread(System.identityHashCode(allTasks.get(pos))) & mask;
      while (byIdentity[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      byIdentity[slot] = pos + 1;
    }
    this.tasks = TaskQuery.over(allTasks);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * The corpus of {@code plans}, in the order given. A plan may appear more than once; its tasks
   * then do too.
   *
   * <pre>{@code
   * Corpus corpus = Corpus.of(List.of(PlanLoader.seed(), PlanLoader.standard().load(text)));
   * }</pre>
   */
  public static Corpus of(Iterable<Plan> plans) {
    Preconditions.checkNotNull(plans, "plans");
    ImmutableList.Builder<Plan> b = ImmutableList.builder();
    for (Plan p : plans) {
      b.add(Preconditions.checkNotNull(p, "a plan of the corpus is null"));
    }
    return new Corpus(b.build());
  }

  /** The corpus of {@code plans}, in the order given. */
  public static Corpus of(Plan... plans) {
    Preconditions.checkNotNull(plans, "plans");
    return of(Arrays.asList(plans));
  }

  /**
   * The corpus of {@code files}, each file a plan of its own, in the order given, loaded by the
   * standard loader on every core ({@link PlanLoader#loadEach}).
   *
   * <pre>{@code
   * Corpus corpus = Corpus.load(PlanLoader.filesUnder(Path.of("plans"), "txt"));
   * }</pre>
   *
   * @throws IOException if a file cannot be loaded (the first in order that cannot)
   */
  public static Corpus load(List<Path> files) throws IOException {
    return load(files, PlanLoader.standard());
  }

  /**
   * The corpus of {@code files} loaded by {@code loader}, {@link PlanLoader#parallelism()} files
   * at once; the same corpus as loading them one by one.
   *
   * <pre>{@code
   * Corpus corpus = Corpus.load(files, PlanLoader.strict().withParallelism(4));
   * }</pre>
   *
   * @throws IOException if a file cannot be loaded (the first in order that cannot)
   */
  public static Corpus load(List<Path> files, PlanLoader loader) throws IOException {
    Preconditions.checkNotNull(loader, "loader");
    return new Corpus(loader.loadEach(files));
  }

  /**
   * A builder, for adding plans one by one as they are loaded.
   *
   * <pre>{@code
   * Corpus.Builder b = Corpus.builder();
   * for (Path file : files) {
   *   b.add(PlanLoader.standard().load(file));
   * }
   * Corpus corpus = b.build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The plans, in the order given. */
  public ImmutableList<Plan> plans() {
    return plans;
  }

  /** Every task of every plan: plan by plan, each plan's in document order. */
  public ImmutableList<Task> allTasks() {
    return allTasks;
  }

  /**
   * A query over all tasks of all plans, in corpus order; the same query object on every call.
   *
   * <pre>{@code
   * corpus.tasks().ownedBy("财政局").dueIn(2011).list();
   * }</pre>
   */
  public TaskQuery tasks() {
    return tasks;
  }

  /**
   * The plan that this very task object belongs to (compared by identity, not equality: two plans
   * may hold equal tasks); empty for a task from outside the corpus.
   *
   * <pre>{@code
   * Task t = corpus.tasks().ownedBy("市财政局").first().orElseThrow();
   * corpus.planOf(t).flatMap(Plan::name);
   * }</pre>
   */
  public Optional<Plan> planOf(Task task) {
    Preconditions.checkNotNull(task, "task");
    int mask = byIdentity.length - 1;
    for (int slot = spread(System.identityHashCode(task)) & mask; byIdentity[slot] != 0;
        slot = (slot + 1) & mask) {
      int pos = byIdentity[slot] - 1;
      if (allTasks.get(pos) == task) {
        int i = Arrays.binarySearch(planStarts, pos);
        if (i < 0) {
          i = -i - 2;
        } else {
          while (i + 1 < planStarts.length && planStarts[i + 1] == pos) {
            i++;   // plans without tasks share the start of the next one
          }
        }
        return Optional.of(plans.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Corpus && ((Corpus) o).plans.equals(plans));
  }

  @Override
  public int hashCode() {
    return plans.hashCode();
  }

  /** The counts. */
  @Override
  public String toString() {
    return "Corpus[" + plans.size() + " plans, " + allTasks.size() + " tasks]";
  }

  /** Collects plans for a {@link Corpus}; a builder is not safe to share between threads. */
  public static final class Builder {
    private final ImmutableList.Builder<Plan> plans = ImmutableList.builder();

    private Builder() {}

    /** Adds one plan after those added so far. */
    public Builder add(Plan plan) {
      plans.add(Preconditions.checkNotNull(plan, "plan"));
      return this;
    }

    /** Adds plans, in order, after those added so far. */
    public Builder addAll(Iterable<Plan> plans) {
      Preconditions.checkNotNull(plans, "plans");
      for (Plan p : plans) {
        add(Preconditions.checkNotNull(p, "a plan to add is null"));
      }
      return this;
    }

    /** The corpus of the plans added, indexed. */
    public Corpus build() {
      return new Corpus(plans.build());
    }
  }
}
