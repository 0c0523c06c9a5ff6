package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import io.github.pilotplan.internal.style.PilotplanJson;

/**
 * Where something stands in the source text: 1-based line and column of its first character, and
 * its 0-based character offset and length in the text as given ({@code Plan.text()}).
 *
 * <pre>{@code
 * SourceSpan span = task.source();
 * String highlighted = plan.text().substring(span.offset(), span.endOffset());
 * System.out.println(span);   // "12:3"
 * }</pre>
 *
 * <p>Columns count UTF-16 characters, as {@link String#charAt} does; every character of the
 * plans this library reads is a single UTF-16 character.
 */
@Value.Immutable
@PilotplanJson
public abstract class SourceSpan implements Comparable<SourceSpan> {

  SourceSpan() {}

  /** The 1-based line of the first character. */
  @Value.Parameter
  public abstract int line();

  /** The 1-based column of the first character on its line. */
  @Value.Parameter
  public abstract int column();

  /** The 0-based offset of the first character in the whole text. */
  @Value.Parameter
  public abstract int offset();

  /** The number of characters covered. */
  @Value.Parameter
  public abstract int length();

  /** The offset just past the last character covered. */
  public final int endOffset() {
    return offset() + length();
  }

  /** Whether this span covers {@code other} entirely. */
  public final boolean encloses(SourceSpan other) {
    return offset() <= other.offset() && other.endOffset() <= endOffset();
  }

  /**
   * A span; see the accessors for the meaning of each argument.
   *
   * @throws IllegalArgumentException if a line or column is below 1, or an offset or length below 0
   */
  public static SourceSpan of(int line, int column, int offset, int length) {
    // A plan holds a span for each task, deadline, target and mention: most columns and lengths fit
    // in 16 bits, and a span that holds them so takes 24 bytes instead of 32.
    if (column <= NarrowSourceSpan.MAX && length <= NarrowSourceSpan.MAX) {
      check(line, column, offset, length);
      return new NarrowSourceSpan(line, column, offset, length);
    }
    return ImmutableSourceSpan.of(line, column, offset, length);
  }

  @Value.Check
  final void check() {
    check(line(), column(), offset(), length());
  }

  private static void check(int line, int column, int offset, int length) {
    Preconditions.checkArgument(line >= 1, "line must be >= 1 but was %s", line);
    Preconditions.checkArgument(column >= 1, "column must be >= 1 but was %s", column);
    Preconditions.checkArgument(offset >= 0, "offset must be >= 0 but was %s", offset);
    Preconditions.checkArgument(length >= 0, "length must be >= 0 but was %s", length);
  }

  /**
   * Spans are equal when their line, column, offset and length are, whichever of the two forms
   * holds them (a span read from JSON holds four ints).
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof SourceSpan)) {
      return false;
    }
    SourceSpan o = (SourceSpan) another;
    return line() == o.line() && column() == o.column() && offset() == o.offset()
        && length() == o.length();
  }

  /** The hash the generated value classes compute: 5381 mixed with each attribute in turn. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + line();
    h += (h << 5) + column();
    h += (h << 5) + offset();
    h += (h << 5) + length();
    return h;
  }

  /** Orders spans by offset, then by length. */
  @Override
  public final int compareTo(SourceSpan other) {
    int c = Integer.compare(offset(), other.offset());
    return c != 0 ? c : Integer.compare(length(), other.length());
  }

  /** {@code line:column}, the form compilers use. */
  @Override
  public final String toString() {
    return line() + ":" + column();
  }
}
