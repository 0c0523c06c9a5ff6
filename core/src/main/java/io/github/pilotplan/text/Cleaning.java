package io.github.pilotplan.text;

/**
 * Folds the typographic variants of plan text onto one form, one character for one character.
 *
 * <p>Because the result always has the length of the input, an offset in the cleaned text is the
 * same offset in the original, and every position found by the later stages points back to the
 * characters the user gave.
 *
 * <pre>{@code
 * Cleaning.clean("（责任单位：市民政局，市财政局）")   // "(责任单位:市民政局,市财政局)"
 * Cleaning.clean("２０１０年")                       // "2010年"
 * }</pre>
 *
 * <p>Folded: full-width brackets, colon, comma, semicolon, full stop between digits (．), percent
 * sign and digits to their ASCII forms; the ideographic space, no-break space, tab, the other
 * Unicode spaces and a byte-order mark to a plain space. Everything else is kept.
 */
public final class Cleaning {

  private Cleaning() {}

  /** The cleaned form of {@code text}, of the same length. */
  public static String clean(CharSequence text) {
    char[] out = new char[text.length()];
    if (text instanceof String) {
      ((String) text).getChars(0, out.length, out, 0);
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = text.charAt(i);
      }
    }
    cleanInPlace(out);
    return new String(out);
  }

  /** Cleans every character of {@code chars} in place. */
  static void cleanInPlace(char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      chars[i] = clean(chars[i]);
    }
  }

  /** The cleaned form of one character. */
  public static char clean(char c) {
    // Fast path for the bulk of plan text (ASCII letters and digits, CJK ideographs and
    // punctuation): every folded character is \t, U+00A0, in U+2002..U+3000 or in U+FEFF..U+FF1B.
    if ((c > '\t' && c < '\u00A0') || (c > '\u3000' && c < '\uFEFF')) {
      return c;
    }
    if (c >= '０' && c <= '９') {
      return (char) (c - '０' + '0');
    }
    switch (c) {
      case '（':
        return '(';
      case '）':
        return ')';
      case '：':
        return ':';
      case '，':
        return ',';
      case '；':
        return ';';
      case '．':
        return '.';
      case '％':
        return '%';
      case '\u3000':
      case '\u00A0':
      case '\t':
      case '\uFEFF':
      case '\u2002':
      case '\u2003':
      case '\u2009':
      case '\u200B':
      case '\u202F':
        return ' ';
      default:
        return c;
    }
  }

  /** Whether {@code c} is blank after cleaning. */
  public static boolean isSpace(char c) {
    char k = clean(c);
    return k == ' ' || k == '\n' || k == '\r' || k == '\f' || k == '\u000B';
  }
}
