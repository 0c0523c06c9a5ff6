package io.github.pilotplan.internal.text;

import com.google.common.base.Preconditions;
import java.nio.CharBuffer;
import java.util.Arrays;
import io.github.pilotplan.model.SourceSpan;

/**
 * A text as it was given, its cleaned twin of the same length (see {@link Cleaning}), and the
 * index of its lines. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SourceText text = SourceText.of("一、总则\r\n（一）目标");
 * text.lineCount();          // 2
 * text.lineText(2);          // "（一）目标"
 * text.spanOf(6, 3);         // 2:1, the three characters "（一）"
 * }</pre>
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; line texts exclude the ending.
 */
public final class SourceText {

  private final String original;
  /** The cleaned characters; never written. Regions copy their own text from them. */
  private final char[] cleanedChars;
  /** The cleaned characters as a string, made when first asked ({@link #cleaned()}). */
  private String cleaned;
  /** Offsets at which each line starts; one extra entry holds the text's length. */
  private final int[] lineStarts;
  /** Offsets at which each line's content ends, before its line break. */
  private final int[] lineEnds;
  /** Whether the text holds an invisible format character ({@link Cleaning#isInvisible}). */
  private final boolean hasInvisible;
  /**
   * The 0-based index of the line {@link #lineOf} found last, a hint for the next call. Threads may
   * race on it harmlessly: every value written is a valid index, and it is checked before use.
   */
  private int lastLine;

  private SourceText(String original) {
    this.original = original;
    int n = original.length();
    char[] chars = new char[n];
    original.getChars(0, n, chars, 0);
    // Cleaning keeps \n and \r, so the line breaks are found in the cleaned characters.
    this.hasInvisible = Cleaning.cleanInPlace(chars);
    LineBounds lines = new LineBounds(Math.max(16, n / 64));
    int start = 0;
    if (original.indexOf('\r') < 0) {
      // Fast path for text without \r (most): String.indexOf finds each \n with vector
      // instructions. The same lines as the loop in the other branch.
      for (int i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', start)) {
        lines.add(start, i);
        start = i + 1;
      }
      // The last line, unless a final line break closed it; an empty text has one empty line.
      if (start < n || lines.count == 0) {
        lines.add(start, n);
      }
    } else {
      for (int i = 0; i <= n; i++) {
        char c;
        if (i == n) {
          if (start == n && lines.count > 0) {
            break; // a final line break does not open an empty last line
          }
          c = '\n';
        } else {
          c = chars[i];
          if (c != '\n' && c != '\r') {
            continue;
          }
        }
        lines.add(start, i);
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    this.cleanedChars = chars;
    this.lineStarts = Arrays.copyOf(lines.starts, lines.count);
    this.lineEnds = Arrays.copyOf(lines.ends, lines.count);
  }

  /** The start and end offsets of the lines found so far, in two arrays that grow together. */
  private static final class LineBounds {
    int[] starts;
    int[] ends;
    int count;

    LineBounds(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
    }

    void add(int start, int end) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
    }
  }

  /**
   * The source text of {@code text}. A leading byte-order mark is kept as a character (it cleans to
   * a space); loaders that read bytes drop it before calling this.
   */
  public static SourceText of(String text) {
    Preconditions.checkNotNull(text, "text");
    return new SourceText(text);
  }

  /** The text exactly as given. */
  public String original() {
    return original;
  }

  /**
   * The cleaned text, of the same length as {@link #original()}: made on the first call and kept
   * (the loading stages read {@link #cleanedChars()}, {@link #cleanedView()} or a region's {@link
   * Region#text()} instead, so that a load makes no string of the whole cleaned text).
   */
  public String cleaned() {
    String c = cleaned;
    if (c == null) {
      c = new String(cleanedChars);
      cleaned = c; // a racing thread makes an equal one: strings are safe to publish so
    }
    return c;
  }

  /** The cleaned text as a view of {@link #cleanedChars()}, without a copy; read-only. */
  public CharSequence cleanedView() {
    return CharBuffer.wrap(cleanedChars).asReadOnlyBuffer();
  }

  /**
   * The cleaned characters as an array, for a scan that reads every character of a
   * region (an array read needs no bounds check per character, where {@code String.charAt} on a
   * Chinese text does). The array is the text's own: callers read it and never write it.
   */
  public char[] cleanedChars() {
    return cleanedChars;
  }

  /** Whether the text holds an invisible format character: if not, no region needs folding. */
  boolean hasInvisible() {
    return hasInvisible;
  }

  /** The number of lines; an empty text has one empty line. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The offset of the first character of {@code line} (1-based). */
  public int lineStart(int line) {
    checkLine(line);
    return lineStarts[line - 1];
  }

  /** The offset just past the last character of {@code line}, before its line break. */
  public int lineEnd(int line) {
    checkLine(line);
    return lineEnds[line - 1];
  }

  /** The original text of {@code line}, without its line break. */
  public String lineText(int line) {
    return original.substring(lineStart(line), lineEnd(line));
  }

  /** The whole of {@code line} as a region. */
  public Region line(int line) {
    return new Region(this, lineStart(line), lineEnd(line), line);
  }

  /** The region from {@code start} (inclusive) to {@code end} (exclusive). */
  public Region region(int start, int end) {
    return new Region(this, start, end);
  }

  /** The 1-based line holding {@code offset}; the text's length belongs to the last line. */
  public int lineOf(int offset) {
    Preconditions.checkPositionIndex(offset, original.length(), "offset");
    // Fast path: the stages ask for spans in text order, mostly on the line asked about last or
    // the one after it. Line starts increase strictly, so the line holding an offset is the one
    // whose start is at or before it and whose successor's start is after it.
    int k = lastLine;
    if (holds(k, offset)) {
      return k + 1;
    }
    if (holds(k + 1, offset)) {
      lastLine = k + 1;
      return k + 2;
    }
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i + 1 : -i - 1;
    lastLine = line - 1;
    return line;
  }

  /** Whether the line at index {@code k} (0-based) holds {@code offset}. */
  private boolean holds(int k, int offset) {
    return k < lineStarts.length && lineStarts[k] <= offset
        && (k + 1 == lineStarts.length || offset < lineStarts[k + 1]);
  }

  /** The span of {@code length} characters from {@code offset}. */
  public SourceSpan spanOf(int offset, int length) {
    Preconditions.checkPositionIndexes(offset, offset + length, original.length());
    int line = lineOf(offset);
    return SourceSpan.of(line, offset - lineStarts[line - 1] + 1, offset, length);
  }

  /**
   * As {@link #spanOf}, for a span the caller knows to start on {@code line}: every offset from a
   * line's start to its end (before the break) is on that line, as line starts increase strictly.
   */
  SourceSpan spanOnLine(int line, int offset, int length) {
    Preconditions.checkPositionIndexes(offset, offset + length, original.length());
    return SourceSpan.of(line, offset - lineStarts[line - 1] + 1, offset, length);
  }

  private void checkLine(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IndexOutOfBoundsException(
          "line " + line + " is not in 1.." + lineStarts.length);
    }
  }

  /** Two source texts are equal when their original texts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceText && ((SourceText) o).original.equals(original);
  }

  @Override
  public int hashCode() {
    return original.hashCode();
  }

  @Override
  public String toString() {
    return "SourceText[" + lineCount() + " lines, " + original.length() + " chars]";
  }
}
