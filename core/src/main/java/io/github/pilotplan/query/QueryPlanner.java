package io.github.pilotplan.query;

import io.github.pilotplan.model.Task;
import java.util.Arrays;
import java.util.List;

/**
 * Decides how a conjunction of {@link Criterion steps} is answered, and answers it: which steps
 * the {@link TaskIndex} answers (their positions intersected smallest first), which are tested on
 * the candidates left, and when a whole scan is needed.
 *
 * <pre>{@code
 * int[] at = QueryPlanner.positions(index, query.criteria(), Integer.MAX_VALUE);
 * }</pre>
 *
 * <p>The plan, for steps {@code s1 … sn}:
 *
 * <ol>
 *   <li>the positions at hand (index entries, and those of an {@code or} / {@code not} computed
 *       before) are intersected, smallest first;
 *   <li>when there are none, the {@code or} / {@code not} that costs least (see {@link
 *       Criterion#cost}) computes its positions and starts the candidates;
 *   <li>each other {@code or} / {@code not} either computes its positions, which are intersected,
 *       or — when the candidates are few, i.e. testing each of them ({@value #TEST_COST} units a
 *       step tested) costs less than computing the positions — is tested on each candidate with
 *       the test its steps derive from their keys;
 *   <li>the tested steps ({@code containing}, {@code dueBefore}, …) are tested on each candidate, in
 *       the query's order, until the limit is reached;
 *   <li>a query without any step that has positions tests every task.
 * </ol>
 *
 * <p>Both ways of answering a step give the same tasks (a step's positions are those whose keys
 * pass its test: see {@link Attribute}), so the plan changes only the cost.
 */
final class QueryPlanner {

  /** What testing one step on one candidate costs, in units of one position read. */
  static final int TEST_COST = 4;

  private QueryPlanner() {}

  /**
   * The positions of the first {@code limit} tasks of {@code index} that meet every one of {@code
   * criteria}, ascending. The array may be an index entry itself: read it only.
   */
  static int[] positions(TaskIndex index, List<Criterion> criteria, int limit) {
    int[] found = intersectKnown(criteria);
    if (found == null) {
      return criteria.isEmpty() ? scan(index, criteria, limit) : plan(index, criteria, limit);
    }
    // Every step had its positions at hand: the usual question, answered without a test.
    return found.length <= limit ? found : Arrays.copyOf(found, limit);
  }

  /**
   * The positions every step's {@link Criterion#knownPositions() known positions} share,
   * intersected smallest first; null when there is no step or some step has none at hand.
   */
  private static int[] intersectKnown(List<Criterion> criteria) {
    int n = criteria.size();
    int[] first = n == 0 ? null : criteria.get(0).knownPositions();
    if (n <= 1 || first == null) {
      return first;
    }
    if (n == 2) {   // the usual pair of steps needs no array of entries to sort
      int[] second = criteria.get(1).knownPositions();
      return second == null ? null
          : first.length <= second.length ? TaskIndex.intersect(first, second) : TaskIndex.intersect(second, first);
    }
    int[][] entries = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] p = criteria.get(i).knownPositions();
      if (p == null) {
        return null;
      }
      entries[i] = p;
    }
    return intersectSmallestFirst(entries, n);
  }

  /** The answer when some step has no positions at hand: steps 2 to 5 of the class comment. */
  private static int[] plan(TaskIndex index, List<Criterion> criteria, int limit) {
    int n = criteria.size();
    int known = 0;
    int pending = 0;
    for (int i = 0; i < n; i++) {
      Criterion c = criteria.get(i);
      if (c.knownPositions() != null) {
        known++;
      } else if (c.hasPositions()) {
        pending++;
      }
    }
    if (known == 0 && pending == 0) {
      return scan(index, criteria, limit);
    }
    int[][] entries = new int[n][];
    int k = 0;
    boolean[] answered = new boolean[n];   // by positions; the other steps are tested
    for (int i = 0; i < n; i++) {
      int[] p = criteria.get(i).knownPositions();
      if (p != null) {
        entries[k++] = p;
        answered[i] = true;
      }
    }
    int size = index.tasks.size();
    if (k == 0) {
      int first = cheapestPending(criteria, answered, size);
      entries[k++] = criteria.get(first).positions(index);
      answered[first] = true;
    }
    int[] found = intersectSmallestFirst(entries, k);
    for (int i = 0; i < n && found.length > 0; i++) {
      Criterion c = criteria.get(i);
      if (!answered[i] && c.hasPositions() && (long) found.length * TEST_COST * c.leaves >= c.cost(size)) {
        int[] p = c.positions(index);
        found = p.length < found.length ? TaskIndex.intersect(p, found) : TaskIndex.intersect(found, p);
        answered[i] = true;
      }
    }
    int[] out = new int[Math.min(found.length, limit)];
    int m = 0;
    for (int i = 0; i < found.length && m < out.length; i++) {
      if (testRest(criteria, answered, index.tasks.get(found[i]))) {
        out[m++] = found[i];
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  /**
   * About how many positions answering {@code criteria} reads: the fewest of any of its steps
   * that has positions, or every task when none has.
   */
  static long cost(List<Criterion> criteria, int size) {
    long least = size;
    for (Criterion c : criteria) {
      if (c.hasPositions()) {
        least = Math.min(least, c.cost(size));
      }
    }
    return least;
  }

  private static int cheapestPending(List<Criterion> criteria, boolean[] answered, int size) {
    int best = -1;
    long bestCost = Long.MAX_VALUE;
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      if (!answered[i] && c.hasPositions() && c.cost(size) < bestCost) {
        best = i;
        bestCost = c.cost(size);
      }
    }
    return best;
  }

  private static int[] intersectSmallestFirst(int[][] entries, int k) {
    for (int i = 1; i < k; i++) {   // insertion sort by size: there are a few
      int[] e = entries[i];
      int j = i - 1;
      for (; j >= 0 && entries[j].length > e.length; j--) {
        entries[j + 1] = entries[j];
      }
      entries[j + 1] = e;
    }
    int[] found = entries[0];
    for (int i = 1; i < k && found.length > 0; i++) {
      found = TaskIndex.intersect(found, entries[i]);
    }
    return found;
  }

  /** Whether {@code task} passes every step not answered by positions. */
  private static boolean testRest(List<Criterion> criteria, boolean[] answered, Task task) {
    for (int i = 0; i < criteria.size(); i++) {
      if (!answered[i] && !criteria.get(i).test(task)) {
        return false;
      }
    }
    return true;
  }

  private static int[] scan(TaskIndex index, List<Criterion> criteria, int limit) {
    int size = index.tasks.size();
    int[] out = new int[Math.min(size, limit)];
    int m = 0;
    for (int i = 0; i < size && m < out.length; i++) {
      if (Criterion.testAll(criteria, index.tasks.get(i))) {
        out[m++] = i;
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }
}
