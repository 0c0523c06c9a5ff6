package io.github.pilotplan.internal.text;

/**
 * The bracket sets the grammars read, each named once, and the bracket matching they share.
 *
 * <pre>{@code
 * Brackets.TITLE.opens('《');                        // true
 * Brackets.QUOTING.closes('〕');                     // true: a document number's bracket
 * Brackets.TITLE.closing("制定《办法》。", 2);          // 5: the 》 that closes the 《 at 2
 * }</pre>
 *
 * <p>All sets are read on cleaned text ({@link Cleaning}): full-width round brackets are ASCII
 * there. A set pairs each opening bracket with the closing bracket at the same index.
 */
public enum Brackets {
  /** A title of a document, 《…》: what a statement asks to draft; never a deadline or a target. */
  TITLE("《", "》"),
  /**
   * Text that quotes rather than states — titles 《…》, document numbers 〔…〕, [...], 〈…〉, {@code
   * <…>}: a date inside is part of a name, not a deadline.
   */
  QUOTING("《〔[〈<", "》〕]〉>"),
  /** A responsibility clause, (…) or 〔…〕: "(责任单位:市民政局)". */
  CLAUSE("(〔", ")〕"),
  /** What a list of names is not split inside: (…), 〔…〕 and 《…》 ("镇街(园区)", "《办法》"). */
  NESTING("(〔《", ")〕》");

  private final String open;
  private final String close;
  /**
   * Bit {@code c % 64} of each opening (closing) bracket: one shift of a register rejects nearly
   * every character before the brackets are compared, as grammars ask for each character.
   */
  private final long openBits;
  private final long closeBits;
  /** The brackets in fields, the last repeated up to five: compared without a loop. */
  private final char o0, o1, o2, o3, o4;
  private final char c0, c1, c2, c3, c4;

  Brackets(String open, String close) {
    if (open.length() != close.length() || open.isEmpty() || open.length() > 5) {
      throw new IllegalArgumentException("1 to 5 pairs of brackets: " + open + " " + close);
    }
    this.open = open;
    this.close = close;
    this.openBits = bits(open);
    this.closeBits = bits(close);
    o0 = at(open, 0);
    o1 = at(open, 1);
    o2 = at(open, 2);
    o3 = at(open, 3);
    o4 = at(open, 4);
    c0 = at(close, 0);
    c1 = at(close, 1);
    c2 = at(close, 2);
    c3 = at(close, 3);
    c4 = at(close, 4);
  }

  private static char at(String s, int i) {
    return s.charAt(Math.min(i, s.length() - 1));
  }

  private static long bits(String chars) {
    long bits = 0;
    for (int i = 0; i < chars.length(); i++) {
      bits |= 1L << chars.charAt(i);
    }
    return bits;
  }

  /** The opening and closing brackets of this kind, openings first. */
  public String chars() {
    return open + close;
  }

  /** Whether {@code c} opens a bracket of this set. */
  public boolean opens(char c) {
    return ((openBits >>> c) & 1) != 0 && (c == o0 || c == o1 || c == o2 || c == o3 || c == o4);
  }

  /** Whether {@code c} closes a bracket of this set. */
  public boolean closes(char c) {
    return ((closeBits >>> c) & 1) != 0 && (c == c0 || c == c1 || c == c2 || c == c3 || c == c4);
  }

  /** The opening bracket that {@code closing} (a closing bracket of this set) pairs with. */
  public char openerOf(char closing) {
    int i = close.indexOf(closing);
    if (i < 0) {
      throw new IllegalArgumentException("'" + closing + "' closes no bracket of " + this);
    }
    return open.charAt(i);
  }

  /**
   * The index of the bracket that closes the one at {@code open} in {@code text}, counting the
   * nesting of this set's brackets of the same kind; -1 when it is never closed.
   */
  public int closing(CharSequence text, int open) {
    char o = text.charAt(open);
    int k = this.open.indexOf(o);
    if (k < 0) {
      throw new IllegalArgumentException("'" + o + "' at " + open + " opens no bracket of " + this);
    }
    char c = close.charAt(k);
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
