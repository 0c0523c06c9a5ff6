package io.github.pilotplan.query;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Task;
import java.util.function.Predicate;

/**
 * One narrowing step of a {@link TaskQuery}: its name (the query method, or {@code or} / {@code
 * not}) and argument, and how it selects tasks — either the positions it selects (an index entry,
 * or those of an {@code or} / {@code not} of other steps, computed once on first use) or a test on
 * each candidate. Two steps are equal when their names and arguments are.
 */
final class Criterion {

  /** The name of the step that holds two lists of steps, either of which a task meets. */
  static final String OR = "or";
  /** The name of the step that holds one list of steps that a task must not meet. */
  static final String NOT = "not";

  final String name;
  final Object argument;
  /** The test of a step without positions; null for one with them. */
  final Predicate<Task> test;
  /** The positions the step selects, ascending; null for a tested step. Read them only. */
  final Supplier<int[]> postings;

  private Criterion(String name, Object argument, Predicate<Task> test, Supplier<int[]> postings) {
    this.name = name;
    this.argument = argument;
    this.test = test;
    this.postings = postings;
  }

  /** A step tested on each candidate. */
  static Criterion tested(String name, Object argument, Predicate<Task> test) {
    return new Criterion(name, argument, test, null);
  }

  /** A step that reads an index entry. */
  static Criterion indexed(String name, Object argument, int[] entry) {
    return new Criterion(name, argument, null, Suppliers.ofInstance(entry));
  }

  /** Tasks that meet every step of {@code left} or every step of {@code right}. */
  static Criterion or(TaskIndex index, ImmutableList<Criterion> left, ImmutableList<Criterion> right) {
    return new Criterion(OR, ImmutableList.of(left, right), null, Suppliers.memoize(() -> TaskIndex.union(
        TaskQuery.positions(index, left, Integer.MAX_VALUE),
        TaskQuery.positions(index, right, Integer.MAX_VALUE))));
  }

  /** Tasks that do not meet every step of {@code steps}. */
  static Criterion not(TaskIndex index, ImmutableList<Criterion> steps) {
    return new Criterion(NOT, steps, null, Suppliers.memoize(() -> TaskIndex.complement(
        TaskQuery.positions(index, steps, Integer.MAX_VALUE), index.tasks.size())));
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
