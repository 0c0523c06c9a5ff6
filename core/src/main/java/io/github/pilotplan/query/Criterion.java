package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.function.Predicate;

/**
 * One narrowing step of a {@link TaskQuery}: its name (the query method, or {@code or} / {@code
 * not}) and argument, the test a task must pass, and — for the steps that have them — the
 * positions of the tasks that pass it. Two steps are equal when their names and arguments are.
 *
 * <pre>{@code
 * Criterion owned = Criterion.of(index, Attribute.UNIT, "市财政局", ImmutableSet.of("市财政局"));
 * owned.knownPositions();   // the index entry of 市财政局
 * owned.test(task);         // the same answer for one task, from the same keys
 * }</pre>
 *
 * <p>Four kinds: a step on an {@link Attribute} (positions from the index, test derived from the
 * attribute's keys); a tested step (a test only: {@code containing}, {@code dueBefore}, …); an
 * {@code or} and a {@code not} of other steps (test composed of theirs; positions computed once,
 * on first use). Which of positions and test answers a query is the {@link QueryPlanner}'s choice;
 * both give the same tasks.
 */
final class Criterion {

  /** The name of the step that holds two lists of steps, either of which a task meets. */
  static final String OR = "or";
  /** The name of the step that holds one list of steps that a task must not meet. */
  static final String NOT = "not";

  private enum Kind { ATTRIBUTE, TESTED, OR, NOT }

  final String name;
  final Object argument;
  private final Kind kind;
  /**
   * For an attribute step: the attribute and the key it selects, or (when {@code key} is null) the
   * keys it selects any of.
   */
  private final Attribute<?> attribute;
  private final Object key;
  private final ImmutableSet<?> keys;
  /** For a tested step. */
  private final Predicate<? super Task> predicate;
  /** For an or / not: the index whose tasks its positions are of. */
  private final TaskIndex index;
  /** How many attribute and tested steps the test of this step runs (1 but for or / not). */
  final int leaves;
  /**
   * The positions of the tasks that pass, ascending: for an attribute step its index entry, known
   * at construction ({@code entry}); for an or / not computed on first use ({@code computed}, racy
   * but idempotent); never for a tested step. Read them only.
   */
  private final int[] entry;
  private volatile int[] computed;

  private Criterion(String name, Object argument, Kind kind, Attribute<?> attribute, Object key,
      ImmutableSet<?> keys, Predicate<? super Task> predicate, TaskIndex index, int leaves, int[] entry) {
    this.name = name;
    this.argument = argument;
    this.kind = kind;
    this.attribute = attribute;
    this.key = key;
    this.keys = keys;
    this.predicate = predicate;
    this.index = index;
    this.leaves = leaves;
    this.entry = entry;
  }

  /**
   * The step of {@code attribute} (named after it) that selects the tasks with one of {@code
   * keys}: none when there are no keys.
   */
  static <K> Criterion of(TaskIndex index, Attribute<K> attribute, Object argument, ImmutableSet<K> keys) {
    return new Criterion(attribute.step, argument, Kind.ATTRIBUTE, attribute, null, keys, null, null, 1,
        index.entries(attribute, keys));
  }

  /** The step of {@code attribute} that selects the tasks with {@code key}. */
  static <K> Criterion of(TaskIndex index, Attribute<K> attribute, Object argument, K key) {
    return new Criterion(attribute.step, argument, Kind.ATTRIBUTE, attribute, key, null, null, null, 1,
        index.entry(attribute, key));
  }

  /** A step tested on each candidate. */
  static Criterion tested(String name, Object argument, Predicate<? super Task> test) {
    return new Criterion(name, argument, Kind.TESTED, null, null, null, test, null, 1, null);
  }

  /** Tasks that meet every step of {@code left} or every step of {@code right}. */
  static Criterion or(TaskIndex index, ImmutableList<Criterion> left, ImmutableList<Criterion> right) {
    return new Criterion(OR, ImmutableList.of(left, right), Kind.OR, null, null, null, null, index,
        leaves(left) + leaves(right), null);
  }

  /** Tasks that do not meet every step of {@code steps}. */
  static Criterion not(TaskIndex index, ImmutableList<Criterion> steps) {
    return new Criterion(NOT, steps, Kind.NOT, null, null, null, null, index, leaves(steps), null);
  }

  private static int leaves(List<Criterion> steps) {
    int n = 0;
    for (Criterion c : steps) {
      n += c.leaves;
    }
    return Math.max(n, 1);
  }

  /** Whether {@code task} passes this step. */
  boolean test(Task task) {
    switch (kind) {
      case ATTRIBUTE:
        return key != null ? attribute.hasKey(task, key) : attribute.hasAnyKey(task, keys);
      case TESTED:
        return predicate.test(task);
      case OR:
        return testAll(sides().get(0), task) || testAll(sides().get(1), task);
      default:
        return !testAll(negated(), task);
    }
  }

  /** Whether {@code task} passes every one of {@code steps}. */
  static boolean testAll(List<Criterion> steps, Task task) {
    for (Criterion c : steps) {
      if (!c.test(task)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the step can give its positions (every kind but a tested step). */
  boolean hasPositions() {
    return kind != Kind.TESTED;
  }

  /** The positions, if they are at hand without work: an index entry, or an or / not computed before. */
  int[] knownPositions() {
    int[] e = entry;
    return e != null ? e : computed;
  }

  /**
   * The positions of the tasks that pass, ascending, computed now for an or / not that has not
   * computed them before.
   *
   * @throws IllegalStateException for a tested step
   */
  int[] positions() {
    int[] p = knownPositions();
    if (p == null) {
      switch (kind) {
        case OR:
          p = TaskIndex.union(
              QueryPlanner.positions(index, sides().get(0), Integer.MAX_VALUE),
              QueryPlanner.positions(index, sides().get(1), Integer.MAX_VALUE));
          break;
        case NOT:
          p = TaskIndex.complement(QueryPlanner.positions(index, negated(), Integer.MAX_VALUE), index.tasks.size());
          break;
        default:
          throw new IllegalStateException("a tested step has no positions: " + name);
      }
      computed = p;
    }
    return p;
  }

  /**
   * About how many positions computing {@link #positions()} reads: an entry's length when known;
   * for an or, what its two sides cost; for a not, every task.
   */
  long cost() {
    int[] p = knownPositions();
    if (p != null) {
      return p.length;
    }
    switch (kind) {
      case OR:
        return QueryPlanner.cost(sides().get(0), index.tasks.size()) + QueryPlanner.cost(sides().get(1), index.tasks.size());
      case NOT:
        return index.tasks.size();
      default:
        return Long.MAX_VALUE;
    }
  }

  /** The two lists of steps of an {@code or}. */
  @SuppressWarnings("unchecked")
  ImmutableList<ImmutableList<Criterion>> sides() {
    return (ImmutableList<ImmutableList<Criterion>>) argument;
  }

  /** The steps of a {@code not}. */
  @SuppressWarnings("unchecked")
  ImmutableList<Criterion> negated() {
    return (ImmutableList<Criterion>) argument;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Criterion && ((Criterion) o).name.equals(name)
        && ((Criterion) o).argument.equals(argument);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + argument.hashCode();
  }
}
