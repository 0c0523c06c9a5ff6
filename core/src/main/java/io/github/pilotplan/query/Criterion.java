package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.Set;
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

  /**
   * An attribute step that selects one key ({@code KEY}) or any of a set of keys ({@code
   * ANY_KEY}), a tested step, an or, a not.
   */
  private enum Kind { KEY, ANY_KEY, TESTED, OR, NOT }

  final String name;
  final Object argument;
  private final Kind kind;
  /** For an attribute step: the attribute. */
  private final Attribute<?> attribute;
  /**
   * For an attribute step: the key it selects ({@code KEY}), or the {@code Set} of keys it selects
   * any of ({@code ANY_KEY}).
   */
  private final Object keys;
  /** For a tested step. */
  private final Predicate<? super Task> predicate;
  /** How many attribute and tested steps the test of this step runs (1 but for or / not). */
  final int leaves;
  /**
   * The positions of the tasks that pass, ascending: for an attribute step its index entry, known
   * at construction ({@code entry}); for an or / not computed on first use ({@code computed}, racy
   * but idempotent); never for a tested step. Read them only.
   */
  private final int[] entry;
  private volatile int[] computed;

  // Eight references and an int: 48 bytes a step with compressed references, which a query
  // allocates per step; an or / not is handed its index when asked for positions, not kept.
  private Criterion(String name, Object argument, Kind kind, Attribute<?> attribute, Object keys,
      Predicate<? super Task> predicate, int leaves, int[] entry) {
    this.name = name;
    this.argument = argument;
    this.kind = kind;
    this.attribute = attribute;
    this.keys = keys;
    this.predicate = predicate;
    this.leaves = leaves;
    this.entry = entry;
  }

  /**
   * The step of {@code attribute} (named after it) that selects the tasks with one of {@code
   * keys}: none when there are no keys.
   */
  static <K> Criterion of(TaskIndex index, Attribute<K> attribute, Object argument, ImmutableSet<K> keys) {
    return new Criterion(attribute.step, argument, Kind.ANY_KEY, attribute, keys, null, 1,
        index.entries(attribute, keys));
  }

  /** The step of {@code attribute} that selects the tasks with {@code key}. */
  static <K> Criterion of(TaskIndex index, Attribute<K> attribute, Object argument, K key) {
    return new Criterion(attribute.step, argument, Kind.KEY, attribute, key, null, 1,
        index.entry(attribute, key));
  }

  /** A step tested on each candidate. */
  static Criterion tested(String name, Object argument, Predicate<? super Task> test) {
    return new Criterion(name, argument, Kind.TESTED, null, null, test, 1, null);
  }

  /** Tasks that meet every step of {@code left} or every step of {@code right}. */
  static Criterion or(ImmutableList<Criterion> left, ImmutableList<Criterion> right) {
    return new Criterion(OR, ImmutableList.of(left, right), Kind.OR, null, null, null,
        leaves(left) + leaves(right), null);
  }

  /** Tasks that do not meet every step of {@code steps}. */
  static Criterion not(ImmutableList<Criterion> steps) {
    return new Criterion(NOT, steps, Kind.NOT, null, null, null, leaves(steps), null);
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
      case KEY:
        return attribute.hasKey(task, keys);
      case ANY_KEY:
        return attribute.hasAnyKey(task, (Set<?>) keys);
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
   * The positions in {@code index} of the tasks that pass, ascending, computed now for an or / not
   * that has not computed them before.
   *
   * @throws IllegalStateException for a tested step
   */
  int[] positions(TaskIndex index) {
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
   * About how many positions computing {@link #positions} over {@code size} tasks reads: an
   * entry's length when known; for an or, what its two sides cost; for a not, every task.
   */
  long cost(int size) {
    int[] p = knownPositions();
    if (p != null) {
      return p.length;
    }
    switch (kind) {
      case OR:
        return QueryPlanner.cost(sides().get(0), size) + QueryPlanner.cost(sides().get(1), size);
      case NOT:
        return size;
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
