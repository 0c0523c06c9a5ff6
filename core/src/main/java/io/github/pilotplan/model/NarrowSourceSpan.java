package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@link SourceSpan} whose column and length fit in 16 bits (those of nearly every span): two
 * ints and two chars, 24 bytes where the generated {@code ImmutableSourceSpan}'s four ints take 32.
 * {@link SourceSpan#of} chooses it; it equals, hashes and writes to JSON as the generated class,
 * which JSON reads back into.
 */
final class NarrowSourceSpan extends SourceSpan {

  /** The largest column or length this form holds. */
  static final int MAX = Character.MAX_VALUE;

  private final int line;
  private final int offset;
  private final char column;
  private final char length;

  /** A span of numbers {@link SourceSpan#of} has checked, the column and length at most {@link #MAX}. */
  NarrowSourceSpan(int line, int column, int offset, int length) {
    this.line = line;
    this.offset = offset;
    this.column = (char) column;
    this.length = (char) length;
  }

  @JsonProperty("line")
  @Override
  public int line() {
    return line;
  }

  @JsonProperty("column")
  @Override
  public int column() {
    return column;
  }

  @JsonProperty("offset")
  @Override
  public int offset() {
    return offset;
  }

  @JsonProperty("length")
  @Override
  public int length() {
    return length;
  }
}
