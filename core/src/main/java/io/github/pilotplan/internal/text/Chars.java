package io.github.pilotplan.internal.text;

/**
 * The character classes the grammars test, each written once. They read cleaned text ({@link
 * Cleaning}), where full-width digits are ASCII already.
 *
 * <pre>{@code
 * Chars.isDigit('7');              // true
 * Chars.isDigit('七');             // false: a Chinese numeral (see the annotate layer's Numerals)
 * Chars.isAsciiLetter('m');        // true
 * Chars.stripStart(" 市财政局 ", 0, 6); // 1
 * }</pre>
 */
public final class Chars {

  private Chars() {}

  /** Whether {@code c} is an ASCII digit 0–9 (not {@link Character#isDigit}'s other scripts). */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter. */
  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether {@code text} holds an ASCII digit from {@code from} (inclusive) to {@code to}. */
  public static boolean hasDigit(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first index in {@code text[from, to)} that is not white space ({@link String#strip()}'s
   * test), or {@code to}.
   */
  public static int stripStart(CharSequence text, int from, int to) {
    while (from < to && isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The end of {@code text[from, to)} without its trailing white space, or {@code from}. */
  public static int stripEnd(CharSequence text, int from, int to) {
    while (to > from && isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * {@link Character#isWhitespace(char)}, answered at once for the characters a plan is mostly
   * made of: no white space lies above U+3000 (Chinese characters and punctuation, full-width
   * forms) or between the space and U+1680.
   */
  public static boolean isWhitespace(char c) {
    return (c <= ' ' || (c >= '\u1680' && c <= '\u3000')) && Character.isWhitespace(c);
  }
}
