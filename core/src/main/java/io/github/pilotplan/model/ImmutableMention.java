package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The implementation of {@link Mention}, written by hand where Immutables generates the others
 * (named as theirs, so that {@code io.github.pilotplan.json.PilotplanModule} finds it): it holds
 * the four numbers of the span instead of a {@link SourceSpan} (32 bytes a mention instead of 24
 * and a span's 32), and builds the span when {@link #source()} is asked. Equal by value only, the
 * span being provenance; the JSON form is the generated one's: {@code {"value": …, "source": {…}}}.
 *
 * @param <T> what is named
 */
final class ImmutableMention<T> extends Mention<T> {

  private final T value;
  private final int line;
  private final int column;
  private final int offset;
  private final int length;

  private ImmutableMention(T value, SourceSpan source) {
    this(Objects.requireNonNull(value, "value"), source.line(), source.column(), source.offset(),
        source.length());
  }

  /** A mention of {@code value} at the span of these numbers, which {@link SourceSpan#of} has accepted. */
  ImmutableMention(T value, int line, int column, int offset, int length) {
    this.value = value;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.length = length;
  }

  /**
   * {@code mention} as this class: every mention is one ({@link Mention}'s constructor is not
   * visible outside the package, and the JSON form here never leaves {@link #fromJson}).
   */
  static <T> ImmutableMention<T> of(Mention<T> mention) {
    Objects.requireNonNull(mention, "mention");
    return (ImmutableMention<T>) mention;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  int offset() {
    return offset;
  }

  int length() {
    return length;
  }

  /** A mention of {@code value} at {@code source}. */
  static <T> Mention<T> mention(T value, SourceSpan source) {
    Objects.requireNonNull(source, "source");
    return new ImmutableMention<>(value, source);
  }

  @JsonProperty(value = "value", required = true)
  @Override
  public T value() {
    return value;
  }

  /** The span, built from the numbers held (a new instance each call, equal to the one given). */
  @JsonProperty(value = "source", required = true)
  @Override
  public SourceSpan source() {
    return SourceSpan.of(line, column, offset, length);
  }

  @Override
  public boolean equals(Object another) {
    return this == another
        || another instanceof ImmutableMention<?> && value.equals(((ImmutableMention<?>) another).value);
  }

  /** The generated value classes' hash: 5381 mixed with the value's. */
  @Override
  public int hashCode() {
    return hash(value);
  }

  /** The hash of a mention of {@code value}. */
  static int hash(Object value) {
    int h = 5381;
    h += (h << 5) + value.hashCode();
    return h;
  }

  /** What Jackson reads a mention into, as the generated classes' {@code Json} (see {@link #fromJson}). */
  @Deprecated
  static final class Json<T> extends Mention<T> {
    @JsonIgnore T value;
    @JsonIgnore SourceSpan source;

    @JsonProperty(value = "value", required = true)
    public void setValue(T value) {
      this.value = value;
    }

    @JsonProperty(value = "source", required = true)
    public void setSource(SourceSpan source) {
      this.source = source;
    }

    @Override
    public T value() {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceSpan source() {
      throw new UnsupportedOperationException();
    }
  }

  /** The mention Jackson read; only for Jackson. */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static <T> ImmutableMention<T> fromJson(Json<T> json) {
    if (json.value == null || json.source == null) {
      throw new IllegalStateException("Cannot build Mention, some of required attributes are not set "
          + (json.value == null ? json.source == null ? "[value, source]" : "[value]" : "[source]"));
    }
    return new ImmutableMention<>(json.value, json.source);
  }
}
