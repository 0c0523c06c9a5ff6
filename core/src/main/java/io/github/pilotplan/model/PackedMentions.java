package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
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

  private final ImmutableList<T> values;
  /**
   * The line every span starts on where {@link #numbers} holds two numbers a span (twice as many
   * numbers as values), else unused.
   */
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
  static <T> PackedMentions<T> of(List<? extends Mention<T>> mentions, ImmutableList<T> sameValues) {
    Preconditions.checkNotNull(mentions, "mentions");
    int n = mentions.size();
    if (n == 0) {
      return empty();
    }
    int first = ImmutableMention.of(mentions.get(0)).line();
    boolean twoEach = twoNumbersEach(first, mentions);
    int[] numbers = new int[n * (twoEach ? 2 : 4)];
    write(mentions, twoEach, numbers, 0);
    return new PackedMentions<>(values(mentions, sameValues), first, numbers);
  }

  /**
   * The mentions of {@code values} whose span numbers are {@code numbers[from…]} as {@link #write}
   * wrote them: two each, all on {@code line}, when {@code twoEach}, else four.
   */
  static <T> PackedMentions<T> of(ImmutableList<T> values, boolean twoEach, int line, int[] numbers, int from) {
    if (values.isEmpty()) {
      return empty();
    }
    int each = twoEach ? 2 : 4;
    return new PackedMentions<>(values, line,
        Arrays.copyOfRange(numbers, from * each, (from + values.size()) * each));
  }

  /**
   * The values {@code mentions} name, in order: {@code sameValues} itself where it lists the same,
   * else a new list.
   */
  @SuppressWarnings("unchecked")
  static <T> ImmutableList<T> values(List<? extends Mention<T>> mentions, ImmutableList<T> sameValues) {
    int n = mentions.size();
    boolean same = sameValues.size() == n;
    for (int i = 0; same && i < n; i++) {
      same = sameValues.get(i).equals(mentions.get(i).value());
    }
    if (same) {
      return sameValues;
    }
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = Preconditions.checkNotNull(mentions.get(i), "mention %s", i).value();
    }
    return (ImmutableList<T>) ImmutableList.copyOf(v);
  }

  /**
   * Whether every mention of {@code mentions} starts on {@code line}, with a column and a length
   * of 16 bits: then two numbers hold its span (the offset, and the column and length in one int).
   */
  static boolean twoNumbersEach(int line, List<? extends Mention<?>> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      ImmutableMention<?> m = ImmutableMention.of(mentions.get(i));
      if (m.line() != line || m.column() > NarrowSourceSpan.MAX || m.length() > NarrowSourceSpan.MAX) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the span numbers of {@code mentions} into {@code out}, the first as mention {@code at}
   * (two numbers each when {@code twoEach}, else four); returns the index of the mention after.
   */
  static int write(List<? extends Mention<?>> mentions, boolean twoEach, int[] out, int at) {
    for (int i = 0; i < mentions.size(); i++, at++) {
      ImmutableMention<?> m = ImmutableMention.of(mentions.get(i));
      if (twoEach) {
        out[2 * at] = m.offset();
        out[2 * at + 1] = m.column() << 16 | m.length();
      } else {
        out[4 * at] = m.line();
        out[4 * at + 1] = m.column();
        out[4 * at + 2] = m.offset();
        out[4 * at + 3] = m.length();
      }
    }
    return at;
  }

  /** The mentions Jackson read (a JSON array of {@code {"value": …, "source": {…}}}). */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static <T> PackedMentions<T> fromJson(List<Mention<T>> mentions) {
    return of(mentions);
  }

  /** The values, in order. */
  ImmutableList<T> values() {
    return values;
  }

  /** The mentions, made on each call. */
  @JsonValue
  ImmutableList<Mention<T>> asList() {
    return mentions(values, numbers.length == 2 * values.size(), line, numbers, 0);
  }

  /**
   * The mentions of {@code values}, the first being mention {@code from} of {@code numbers} as
   * {@link #write} wrote them (two numbers each, on {@code line}, when {@code twoEach}; else four).
   */
  static <T> ImmutableList<Mention<T>> mentions(ImmutableList<T> values, boolean twoEach, int line,
      int[] numbers, int from) {
    int n = values.size();
    if (n == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Mention<T>> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0, k = from; i < n; i++, k++) {
      T value = values.get(i);
      if (twoEach) {
        int columnAndLength = numbers[2 * k + 1];
        out.add(new ImmutableMention<>(value, line, columnAndLength >>> 16, numbers[2 * k],
            columnAndLength & 0xFFFF));
      } else {
        out.add(new ImmutableMention<>(value, numbers[4 * k], numbers[4 * k + 1], numbers[4 * k + 2],
            numbers[4 * k + 3]));
      }
    }
    return out.build();
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
