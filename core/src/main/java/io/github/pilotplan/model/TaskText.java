package io.github.pilotplan.model;

import com.google.common.base.Preconditions;

/**
 * A task's text as the task holds it: the characters {@code [start, end)} of a string, which is
 * either the text itself or the text of the plan the task belongs to. Most tasks' texts are such a
 * range of the plan's text (a statement without its number and its closing unit annotation), and
 * a task that holds the range holds no copy of the characters: {@link #toString()} copies them out
 * when asked.
 *
 * <p>Equal by content, whichever string holds it: a range of a plan's text equals a string of the
 * same characters, and has its hash code ({@link String#hashCode()}'s). Immutable.
 */
final class TaskText implements CharSequence {

  private final String chars;
  private final int start;
  private final int end;

  /** The whole of {@code text} (the form JSON reads). */
  TaskText(String text) {
    this(text, 0, text.length());
  }

  private TaskText(String chars, int start, int end) {
    this.chars = chars;
    this.start = start;
    this.end = end;
  }

  /** The whole of {@code text}. */
  static TaskText of(String text) {
    Preconditions.checkNotNull(text, "text");
    return new TaskText(text);
  }

  /**
   * The characters {@code planText[start, end)}, held as a range of {@code planText}.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code planText}
   * @throws IllegalArgumentException if a character of the range is not in folded form ({@link
   *     Folding}), the form every string of the model is in
   */
  static TaskText range(String planText, int start, int end) {
    Preconditions.checkNotNull(planText, "planText");
    Preconditions.checkPositionIndexes(start, end, planText.length());
    for (int i = start; i < end; i++) {
      char c = planText.charAt(i);
      if (Folding.fold(c) != c) {
        throw new IllegalArgumentException("the character at " + i + " is not folded: '" + c + "'");
      }
    }
    return new TaskText(planText, start, end);
  }

  /** The string the characters are held in: the plan's text for a range of it (for tests). */
  String holder() {
    return chars;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    Preconditions.checkElementIndex(index, length());
    return chars.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    Preconditions.checkPositionIndexes(from, to, length());
    return chars.substring(start + from, start + to);
  }

  /** The characters, as a string. */
  @Override
  public String toString() {
    return chars.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof TaskText && sameCharacters((TaskText) o);
  }

  private boolean sameCharacters(TaskText t) {
    return t.length() == length() && chars.regionMatches(start, t.chars, t.start, length());
  }

  /** The hash code of the characters as a string ({@link String#hashCode()}), without a copy. */
  @Override
  public int hashCode() {
    if (start == 0 && end == chars.length()) {
      return chars.hashCode(); // cached by the string
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars.charAt(i);
    }
    return h;
  }
}
