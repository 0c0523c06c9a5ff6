package io.github.pilotplan.internal.text;

import com.google.common.base.Preconditions;
import io.github.pilotplan.model.SourceSpan;

/**
 * A stretch of a {@link SourceText}: what the later stages read ({@link #text()}, cleaned) and
 * what they report ({@link #span()}, a position in the original).
 *
 * <pre>{@code
 * Region line = source.line(4);
 * Region rest = line.trim().from(3);        // the line after a three-character label
 * rest.text();                               // cleaned characters
 * rest.original();                           // the characters as written
 * rest.span(0, 4);                           // where its first four characters stand
 * }</pre>
 */
public final class Region {

  private final SourceText source;
  private final int start;
  private final int end;
  /**
   * The 1-based line that holds the whole region, where known (a region of {@link
   * SourceText#line} and the parts of it), else 0: spans then need no search for their line.
   */
  private final int line;
  /**
   * The cleaned text, computed once: grammars ask for it many times, and a copy per call would
   * make a long line quadratic. Racy single-check caching is safe for an immutable String.
   */
  private String text;

  Region(SourceText source, int start, int end) {
    this(source, start, end, 0);
  }

  Region(SourceText source, int start, int end, int line) {
    Preconditions.checkPositionIndexes(start, end, source.original().length());
    this.source = source;
    this.start = start;
    this.end = end;
    this.line = line;
  }

  /** The text this region belongs to. */
  public SourceText source() {
    return source;
  }

  /** The offset of the region's first character in the whole text. */
  public int start() {
    return start;
  }

  /** The offset just past the region's last character. */
  public int end() {
    return end;
  }

  /** The number of characters. */
  public int length() {
    return end - start;
  }

  /** Whether the region holds no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** The cleaned characters of the region. */
  public String text() {
    String t = text;
    if (t == null) {
      t = new String(source.cleanedChars(), start, end - start);
      text = t;
    }
    return t;
  }

  /** The characters of the region as written. */
  public String original() {
    return source.original().substring(start, end);
  }

  /** The cleaned character at {@code index} (0-based within the region). */
  public char charAt(int index) {
    Preconditions.checkElementIndex(index, length());
    return source.cleanedChars()[start + index];
  }

  /** The part from {@code from} to {@code to}, both relative to this region. */
  public Region sub(int from, int to) {
    Preconditions.checkPositionIndexes(from, to, length());
    return new Region(source, start + from, start + to, line);
  }

  /** The part from {@code from} (relative) to the end. */
  public Region from(int from) {
    return sub(from, length());
  }

  /** This region without the spaces (after cleaning) at either end. */
  public Region trim() {
    char[] c = source.cleanedChars();
    int s = start;
    int e = end;
    while (s < e && Cleaning.isSpace(c[s])) {
      s++;
    }
    while (e > s && Cleaning.isSpace(c[e - 1])) {
      e--;
    }
    return new Region(source, s, e, line);
  }

  /** Where the region stands in the original text. */
  public SourceSpan span() {
    return line > 0 ? source.spanOnLine(line, start, length()) : source.spanOf(start, length());
  }

  /** Where the part from {@code from} to {@code to} (relative) stands. */
  public SourceSpan span(int from, int to) {
    Preconditions.checkPositionIndexes(from, to, length());
    return line > 0
        ? source.spanOnLine(line, start + from, to - from)
        : source.spanOf(start + from, to - from);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Region)) {
      return false;
    }
    Region r = (Region) o;
    return r.start == start && r.end == end && r.source.equals(source);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * source.hashCode() + start) + end;
  }

  @Override
  public String toString() {
    return span() + " " + original();
  }
}
