package io.github.pilotplan.internal.text;

import com.google.common.base.Preconditions;

/**
 * A set of characters with an answer in one memory read: a bit per UTF-16 code unit, 8 KiB in
 * all, so that the tables of several grammars stay in the processor's cache together (a table of
 * a boolean per character takes 64 KiB).
 *
 * <pre>{@code
 * CharClass levels = CharClass.of("省市区县");
 * levels.contains('市');     // true
 * levels.contains('场');     // false
 * }</pre>
 */
public final class CharClass {

  private final long[] bits = new long[1 << 10];

  private CharClass() {}

  /** The class of the characters of {@code chars}. */
  public static CharClass of(CharSequence chars) {
    Preconditions.checkNotNull(chars, "chars");
    CharClass c = new CharClass();
    for (int i = 0; i < chars.length(); i++) {
      c.set(chars.charAt(i));
    }
    return c;
  }

  /**
   * The class of the characters the {@code words} start with: a scan tests a character against
   * the words only where one of them starts ({@code firstCharsOf("牵头", "负责")} holds 牵 and 负).
   */
  public static CharClass firstCharsOf(String... words) {
    CharClass c = new CharClass();
    for (String w : words) {
      Preconditions.checkArgument(!w.isEmpty(), "an empty word has no first character");
      c.set(w.charAt(0));
    }
    return c;
  }

  private void set(char ch) {
    bits[ch >>> 6] |= 1L << ch;
  }

  /** The characters of the class, in ascending order. */
  public String chars() {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < bits.length; w++) {
      for (long word = bits[w]; word != 0; word &= word - 1) {
        b.append((char) ((w << 6) + Long.numberOfTrailingZeros(word)));
      }
    }
    return b.toString();
  }

  /** Whether {@code ch} is in the class. */
  public boolean contains(char ch) {
    return (bits[ch >>> 6] & (1L << ch)) != 0;
  }
}
