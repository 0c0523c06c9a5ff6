package io.github.pilotplan.text;

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

  Brackets(String open, String close) {
    this.open = open;
    this.close = close;
  }

  /** Whether {@code c} opens a bracket of this set. */
  public boolean opens(char c) {
    for (int i = 0; i < open.length(); i++) {
      if (open.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} closes a bracket of this set. */
  public boolean closes(char c) {
    for (int i = 0; i < close.length(); i++) {
      if (close.charAt(i) == c) {
        return true;
      }
    }
    return false;
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
