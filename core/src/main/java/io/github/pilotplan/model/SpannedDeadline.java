package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link Deadline} holding another deadline's values and the four numbers of its own span (32
 * bytes, where a generated deadline takes 64 and its span 24 more): what {@link
 * Deadline#withSource} makes. It equals, hashes and writes to JSON as a generated deadline of the
 * same values and span, which JSON reads back into.
 */
final class SpannedDeadline extends Deadline {

  private final Deadline values;
  private final int line;
  private final int column;
  private final int offset;
  private final int length;

  /** {@code values}' values at {@code source}; {@code values} is not itself one of these. */
  SpannedDeadline(Deadline values, SourceSpan source) {
    this.values = values;
    this.line = source.line();
    this.column = source.column();
    this.offset = source.offset();
    this.length = source.length();
  }

  /** The deadline whose values this one holds. */
  Deadline values() {
    return values;
  }

  @Override
  public String text() {
    return values.text();
  }

  @Override
  public DeadlineKind kind() {
    return values.kind();
  }

  @Override
  public OptionalInt startYear() {
    return values.startYear();
  }

  @Override
  public OptionalInt dueYear() {
    return values.dueYear();
  }

  @Override
  public OptionalInt dueMonth() {
    return values.dueMonth();
  }

  @Override
  public OptionalInt dueDay() {
    return values.dueDay();
  }

  @Override
  public OptionalInt startMonth() {
    return values.startMonth();
  }

  @Override
  public OptionalInt startDay() {
    return values.startDay();
  }

  @Override
  public OptionalInt spanMonths() {
    return values.spanMonths();
  }

  @Override
  public Optional<Recurrence> recurrence() {
    return values.recurrence();
  }

  @Override
  public OptionalInt yearsAfter() {
    return values.yearsAfter();
  }

  /** The span, built from the numbers held (a new instance each call, equal to the one given). */
  @Override
  public SourceSpan source() {
    return SourceSpan.of(line, column, offset, length);
  }

  /** The generated form of the same values and span, which Jackson writes. */
  @JsonValue
  Deadline toJson() {
    return Deadline.builder().from(values).source(source()).build();
  }
}
