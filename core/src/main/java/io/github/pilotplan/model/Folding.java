package io.github.pilotplan.model;

/**
 * The form every string of the model is in: the typographic variants of plan text folded onto one
 * form, one character for one character. A name given as a string ({@link Town#lookup}, {@link
 * Unit#of}) is folded the same way before it is compared.
 *
 * <pre>{@code
 * Folding.fold("（责任单位：市民政局，市财政局）")   // "(责任单位:市民政局,市财政局)"
 * Folding.fold("２０１０年")                       // "2010年"
 * }</pre>
 *
 * <p>Folded: full-width brackets, colon, comma, semicolon, full stop between digits (．), percent
 * sign and digits to their ASCII forms; the ideographic space, no-break space, tab, the other
 * Unicode spaces and a byte-order mark to a plain space. Everything else is kept. Because the
 * result always has the length of the input, an offset in the folded text is the same offset in
 * the original.
 *
 * <p>Invisible format characters ({@link #isInvisible}: the soft hyphen, the zero-width space,
 * joiner and non-joiner, the left-to-right and right-to-left marks, embeddings, overrides and
 * isolates, the word joiner, a byte-order mark inside the text) become a plain space too, so that
 * no word is glued to one. Where a name is read, they are taken out altogether: {@link
 * #withoutInvisible} (市, U+200B, 财政局 is 市财政局).
 */
public final class Folding {

  private Folding() {}

  /** The folded form of {@code text}, of the same length. */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    if (text instanceof String) {
      ((String) text).getChars(0, out.length, out, 0);
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = text.charAt(i);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  /** The folded form of one character. */
  public static char fold(char c) {
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
        return isInvisible(c) ? ' ' : c;
    }
  }

  /**
   * Whether {@code c} is an invisible format character: U+00AD soft hyphen, U+180E Mongolian vowel
   * separator, U+200B–U+200F (zero-width space, non-joiner, joiner, left-to-right and
   * right-to-left marks), U+202A–U+202E (embeddings and overrides), U+2060–U+2064 (word joiner,
   * invisible operators), U+2066–U+2069 (isolates) and U+FEFF (a byte-order mark or zero-width
   * no-break space). They show as nothing, and make look-alike names differ.
   */
  public static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u180E' || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
  }

  /**
   * {@code text} without its invisible format characters ({@link #isInvisible}); {@code text}
   * itself when it has none.
   *
   * <pre>{@code
   * Folding.withoutInvisible("市" + (char) 0x200B + "财政局")   // "市财政局"
   * }</pre>
   */
  public static String withoutInvisible(String text) {
    int i = 0;
    while (i < text.length() && !isInvisible(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isInvisible(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
