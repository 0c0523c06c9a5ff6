package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One indexed step of a {@link TaskQuery}, defined once: the keys a task has for it. The {@link
 * TaskIndex} is built from these keys (a task is in the entry of key {@code k} exactly when
 * {@code k} is among its keys), and the test of the step — used where the index does not answer,
 * inside an {@code or} or a {@code not} whose candidates are few — is derived from the same keys
 * ({@link #hasAnyKey}). A fix to a key function therefore reaches the index and the test at once.
 *
 * <pre>{@code
 * Attribute.UNIT.keys(task);       // [市民政局, 市财政局]: ownedBy("市财政局") selects it
 * Attribute.DUE_YEAR.keys(task);   // [2011]: the years of the due dates of its effective deadlines
 * Attribute.UNIT.hasAnyKey(task, Set.of("市财政局"));   // true, the same answer as the index's
 * }</pre>
 *
 * <p>Adding an indexed step: one constant here (its key function), one entry in {@link #ALL}, and
 * the step in {@link TaskQuery} that asks {@link Criterion#of} for its keys.
 *
 * @param <K> the type of the keys
 */
final class Attribute<K> {

  /** The keys of a task, offered in turn to a predicate until one is accepted. */
  @FunctionalInterface
  interface KeyFunction<K> {
    /**
     * Offers each of {@code task}'s keys to {@code sink}; stops and answers true as soon as the
     * sink accepts one, else answers false. A key may be offered more than once.
     */
    boolean offerKeys(Task task, Predicate<? super K> sink);
  }

  /** {@code ownedBy}: the canonical names of the task's effective units. */
  static final Attribute<String> UNIT = new Attribute<>(0, "ownedBy", (t, sink) -> {
    for (Unit u : t.effectiveUnits()) {
      if (sink.test(u.name())) {
        return true;
      }
    }
    return false;
  });

  /** {@code ledBy}: the canonical name of the task's lead unit, if it has one. */
  static final Attribute<String> LEAD = new Attribute<>(1, "ledBy",
      (t, sink) -> t.leadUnit().isPresent() && sink.test(t.leadUnit().get().name()));

  /**
   * {@code dueIn}: the years of the due dates ({@link Deadline#dueDate()}) of the task's effective
   * deadlines; a deadline without a due date (FROM, recurring, or relative to an unstated year)
   * gives none.
   */
  static final Attribute<Integer> DUE_YEAR = new Attribute<>(2, "dueIn", (t, sink) -> {
    for (Deadline d : t.effectiveDeadlines()) {
      Optional<LocalDate> due = d.dueDate();
      if (due.isPresent() && sink.test(due.get().getYear())) {
        return true;
      }
    }
    return false;
  });

  /** {@code inTown}: the towns the task's words name. */
  static final Attribute<Town> TOWN = new Attribute<>(3, "inTown", (t, sink) -> {
    for (Town town : t.towns()) {
      if (sink.test(town)) {
        return true;
      }
    }
    return false;
  });

  /** The lengths of the codes of a province, a prefecture, a county and a township. */
  private static final int[] DIVISION_CODE_LENGTHS = {2, 4, 6, 9};

  /**
   * {@code inPlace}: the codes of the places the task's words name and of every division each lies
   * in (the prefixes of 2, 4, 6 and 9 digits of its code).
   */
  static final Attribute<String> PLACE = new Attribute<>(4, "inPlace", (t, sink) -> {
    for (Place place : t.places()) {
      String code = place.code();
      for (int len : DIVISION_CODE_LENGTHS) {
        if (len <= code.length() && sink.test(code.substring(0, len))) {
          return true;
        }
      }
    }
    return false;
  });

  /** Every attribute, at the position of its {@link #id}. */
  static final ImmutableList<Attribute<?>> ALL = ImmutableList.of(UNIT, LEAD, DUE_YEAR, TOWN, PLACE);

  /** The position of this attribute in {@link #ALL}, and of its entries in a {@link TaskIndex}. */
  final int id;
  /** The name of the step of {@link TaskQuery} that reads it (and of its {@link Criterion}). */
  final String step;
  private final KeyFunction<K> keys;

  private Attribute(int id, String step, KeyFunction<K> keys) {
    this.id = id;
    this.step = step;
    this.keys = keys;
  }

  /** Offers {@code task}'s keys to {@code sink} until it accepts one; whether it did. */
  boolean offerKeys(Task task, Predicate<? super K> sink) {
    return keys.offerKeys(task, sink);
  }

  /** The task's keys, each once, in the order the key function gives them. */
  ImmutableSet<K> keys(Task task) {
    ImmutableSet.Builder<K> b = ImmutableSet.builder();
    keys.offerKeys(task, k -> {
      b.add(k);
      return false;
    });
    return b.build();
  }

  /** The derived test for one key: whether {@code key} is among {@code task}'s keys. */
  boolean hasKey(Task task, Object key) {
    return keys.offerKeys(task, key::equals);
  }

  /** The derived test: whether one of {@code task}'s keys is in {@code wanted}. */
  boolean hasAnyKey(Task task, Set<?> wanted) {
    return !wanted.isEmpty() && keys.offerKeys(task, wanted::contains);
  }

  @Override
  public String toString() {
    return step;
  }
}
