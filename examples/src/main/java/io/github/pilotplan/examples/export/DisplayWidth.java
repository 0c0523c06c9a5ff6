package io.github.pilotplan.examples.export;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters (汉字, 、, ，,
 * full-width forms, Hangul, kana) take two, combining marks and controls none, everything else
 * one.
 *
 * <pre>{@code
 * DisplayWidth.of("市财政局");          // 8
 * DisplayWidth.of("(一) › 6");          // 8
 * DisplayWidth.fit("到2011年,制定", 9);  // "到2011年…"
 * DisplayWidth.pad("市财政局", 10);      // "市财政局  "
 * }</pre>
 *
 * <p>Characters of ambiguous width (“ ” … ›) count as one column, as terminals outside East
 * Asian locales draw them. The timeline fits its texts with it; the command line's tables
 * align with it.
 */
public final class DisplayWidth {

  /** Ranges of code points, inclusive, whose East Asian width is Wide or Fullwidth. */
  private static final int[][] WIDE = {
      {0x1100, 0x115F},   // Hangul Jamo initial consonants
      {0x2329, 0x232A},   // angle brackets
      {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。「」)
      {0x3041, 0x33FF},   // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, CJK compatibility
      {0x3400, 0x4DBF},   // CJK unified ideographs extension A
      {0x4E00, 0x9FFF},   // CJK unified ideographs
      {0xA000, 0xA4CF},   // Yi
      {0xA960, 0xA97F},   // Hangul Jamo extended A
      {0xAC00, 0xD7A3},   // Hangul syllables
      {0xF900, 0xFAFF},   // CJK compatibility ideographs
      {0xFE10, 0xFE19},   // vertical forms
      {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
      {0xFF00, 0xFF60},   // full-width ASCII forms (，（）：)
      {0xFFE0, 0xFFE6},   // full-width signs (￥)
      {0x1F300, 0x1F64F}, // pictographs and emoticons
      {0x1F900, 0x1F9FF}, // supplemental pictographs
      {0x20000, 0x2FFFD}, // CJK extensions B–F
      {0x30000, 0x3FFFD}, // CJK extension G
  };

  private static final String ELLIPSIS = "…";

  private DisplayWidth() {}

  /** The columns one code point takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (codePoint == 0 || isZeroWidth(codePoint)) {
      return 0;
    }
    for (int[] range : WIDE) {
      if (codePoint < range[0]) {
        return 1;
      }
      if (codePoint <= range[1]) {
        return 2;
      }
    }
    return 1;
  }

  /** The columns {@code text} takes. */
  public static int of(CharSequence text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /**
   * {@code text} if it fits in {@code width} columns; otherwise its longest head that fits with a
   * trailing "…".
   */
  public static String fit(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    if (width <= 0) {
      return "";
    }
    int room = width - of(ELLIPSIS);
    StringBuilder head = new StringBuilder();
    int used = 0;
    for (int cp : text.codePoints().toArray()) {
      int w = of(cp);
      if (used + w > room) {
        break;
      }
      head.appendCodePoint(cp);
      used += w;
    }
    return head + ELLIPSIS;
  }

  /** {@code text} followed by spaces up to {@code width} columns. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** {@code text} preceded by spaces up to {@code width} columns. */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }

  private static boolean isZeroWidth(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.CONTROL:
        return true;
      default:
        return codePoint == 0x200B;
    }
  }
}
