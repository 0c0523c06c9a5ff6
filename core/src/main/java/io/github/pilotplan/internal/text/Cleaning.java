package io.github.pilotplan.internal.text;

import io.github.pilotplan.model.Folding;

/**
 * The model's {@link Folding} applied to plan text: the text layer cleans a whole text in place
 * (with a fast path for the characters that stay as they are) and tells whether it held invisible
 * characters.
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
 * <p>Invisible format characters become a plain space, so that no word of the later stages is
 * glued to one. Where a name is read, they are taken out altogether: {@link
 * Folding#withoutInvisible} for a name given as a string, {@link Folded} for a name found in a
 * region, whose spans still cover the characters as written.
 */
public final class Cleaning {

  private Cleaning() {}

  /** The cleaned form of {@code text}, of the same length: its {@link Folding#fold folded} form. */
  public static String clean(CharSequence text) {
    return Folding.fold(text);
  }

  /**
   * Cleans every character of {@code chars} in place; returns whether any of them was invisible
   * ({@link #isInvisible}).
   */
  static boolean cleanInPlace(char[] chars) {
    boolean invisible = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ((c > '\t' && c < '\u00A0') || (c > '\u3000' && c < '\uFEFF')) {
        continue; // the fast path of clean(char), which no invisible character takes
      }
      invisible |= isInvisible(c);
      chars[i] = clean(c);
    }
    return invisible;
  }

  /** The cleaned form of one character: its {@link Folding#fold(char) folded} form. */
  public static char clean(char c) {
    return Folding.fold(c);
  }

  /** Whether {@code c} is an invisible format character ({@link Folding#isInvisible}). */
  public static boolean isInvisible(char c) {
    return Folding.isInvisible(c);
  }

  /** Whether {@code c} is blank after cleaning. */
  public static boolean isSpace(char c) {
    char k = clean(c);
    return k == ' ' || k == '\n' || k == '\r' || k == '\f' || k == '\u000B';
  }
}
