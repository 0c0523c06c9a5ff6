package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A task's mentions of one kind (units, towns or places) as the task holds them: the values in
 * order, and the numbers of their spans in one {@code int} array, where a list of {@link Mention}s
 * takes an object of 32 bytes a mention and an array to list them. {@link #asList()} gives the
 * mentions, made when asked. Mentions whose spans all start on one line, with columns and lengths
 * of 16 bits, take two numbers each (the offset, and the column and length in one int); any others
 * take four (line, column, offset, length).
 *
 * <pre>{@code
 * PackedMentions<Town> m = PackedMentions.of(task.townMentions(), task.towns());
 * m.asList().equals(task.townMentions());   // true: the same values at the same spans
 * }</pre>
 *
 * <p>Equal, and hashing, as the list of its mentions is: by value, the spans being provenance.
 * Jackson writes and reads it as that list. Immutable.
 *
 * @param <T> what is named
 */
final class PackedMentions<T> {

  private static final PackedMentions<Object> EMPTY =
      new PackedMentions<>(ImmutableList.of(), 0, new int[0]);

  /** {@link #line}'s value when each span holds its four numbers. */
  private static final int FOUR_NUMBERS = 0;

  private final ImmutableList<T> values;
  /** The line every span starts on (two numbers a span), or {@link #FOUR_NUMBERS}. */
  private final int line;
  private final int[] numbers;

  private PackedMentions(ImmutableList<T> values, int line, int[] numbers) {
    this.values = values;
    this.line = line;
    this.numbers = numbers;
  }

  /** No mentions. */
  @SuppressWarnings("unchecked")
  static <T> PackedMentions<T> empty() {
    return (PackedMentions<T>) EMPTY;
  }

  /** The mentions of {@code mentions}, in order. */
  static <T> PackedMentions<T> of(List<? extends Mention<T>> mentions) {
    return of(mentions, ImmutableList.of());
  }

  /**
   * The mentions of {@code mentions}, in order, holding {@code sameValues} as their values where it
   * lists the same values in the same order (a task's units, as its annotation names them once
   * each), so that the task holds that list once.
   */
  @SuppressWarnings("unchecked")
  static <T> PackedMentions<T> of(List<? extends Mention<T>> mentions, ImmutableList<T> sameValues) {
    Preconditions.checkNotNull(mentions, "mentions");
    int n = mentions.size();
    if (n == 0) {
      return empty();
    }
    boolean same = sameValues.size() == n;
    int first = ImmutableMention.of(mentions.get(0)).line();
    boolean oneLine = true;
    for (int i = 0; i < n; i++) {
      ImmutableMention<T> m = ImmutableMention.of(mentions.get(i));
      same = same && sameValues.get(i).equals(m.value());
      oneLine = oneLine && m.line() == first && m.column() <= NarrowSourceSpan.MAX
          && m.length() <= NarrowSourceSpan.MAX;
    }
    ImmutableList<T> values;
    if (same) {
      values = sameValues;
    } else {
      Object[] v = new Object[n];
      for (int i = 0; i < n; i++) {
        v[i] = mentions.get(i).value();
      }
      values = (ImmutableList<T>) ImmutableList.copyOf(v);
    }
    int[] numbers = new int[oneLine ? 2 * n : 4 * n];
    for (int i = 0; i < n; i++) {
      ImmutableMention<T> m = ImmutableMention.of(mentions.get(i));
      if (oneLine) {
        numbers[2 * i] = m.offset();
        numbers[2 * i + 1] = m.column() << 16 | m.length();
      } else {
        numbers[4 * i] = m.line();
        numbers[4 * i + 1] = m.column();
        numbers[4 * i + 2] = m.offset();
        numbers[4 * i + 3] = m.length();
      }
    }
    return new PackedMentions<>(values, oneLine ? first : FOUR_NUMBERS, numbers);
  }

  /** The mentions Jackson read (a JSON array of {@code {"value": …, "source": {…}}}). */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static <T> PackedMentions<T> fromJson(List<Mention<T>> mentions) {
    return of(mentions);
  }

  /** How many mentions. */
  int size() {
    return values.size();
  }

  /** The values, in order. */
  ImmutableList<T> values() {
    return values;
  }

  /** The mentions, made on each call. */
  @JsonValue
  ImmutableList<Mention<T>> asList() {
    int n = values.size();
    if (n == 0) {
      return ImmutableList.of();
    }
    @SuppressWarnings("unchecked")
    Mention<T>[] out = new Mention[n];
    for (int i = 0; i < n; i++) {
      out[i] = mention(i);
    }
    return ImmutableList.copyOf(out);
  }

  private Mention<T> mention(int i) {
    T value = values.get(i);
    if (line != FOUR_NUMBERS) {
      int columnAndLength = numbers[2 * i + 1];
      return new ImmutableMention<>(value, line, columnAndLength >>> 16, numbers[2 * i],
          columnAndLength & 0xFFFF);
    }
    return new ImmutableMention<>(value, numbers[4 * i], numbers[4 * i + 1], numbers[4 * i + 2],
        numbers[4 * i + 3]);
  }

  @Override
  public boolean equals(Object another) {
    return this == another
        || another instanceof PackedMentions<?> && values.equals(((PackedMentions<?>) another).values);
  }

  /** The hash of {@link #asList()}: a list's hash of the mentions' (each mixing its value's). */
  @Override
  public int hashCode() {
    int h = 1;
    for (T value : values) {
      h = 31 * h + ImmutableMention.hash(value);
    }
    return h;
  }

  @Override
  public String toString() {
    return asList().toString();
  }

  /** For tests: how many numbers the spans take. */
  int numbersHeld() {
    return numbers.length;
  }
}
