package io.github.pilotplan.model;

import com.google.common.base.Preconditions;

/**
 * A task's text as the task holds it: the characters {@code [start, end)} of a string, which is
 * either the text itself or the text of the plan the task belongs to. Most tasks' texts are such a
 * range of the plan's text (a statement without its number and its closing unit annotation), and
 * a task that holds the range holds no copy of the characters: {@link #toString()} copies them out
 * when asked. A range is read {@linkplain Folding folded}, as every string of the model is: a
 * text written with full-width punctuation (，：（）) gives its characters folded.
 *
 * <p>Equal by content, whichever string holds it: a range of a plan's text equals a string of the
 * same characters, and has its hash code ({@link String#hashCode()}'s). Immutable.
 */
class TaskText implements CharSequence {

  final String chars;
  final int start;
  final int end;

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
   * The characters {@code planText[start, end)} in {@linkplain Folding folded} form, held as a
   * range of {@code planText} and folded as they are read: a text written with full-width
   * punctuation gives them folded, one written as it folds as they stand. Nothing is read here:
   * a loader makes thousands of these, and a text is read far less often than made.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code planText}
   */
  static TaskText range(String planText, int start, int end) {
    Preconditions.checkNotNull(planText, "planText");
    Preconditions.checkPositionIndexes(start, end, planText.length());
    return new Range(planText, start, end);
  }

  /** The string the characters are held in: the plan's text for a range of it (for tests). */
  String holder() {
    return chars;
  }

  /** The character at {@code index}, unchecked (a folded range folds it). */
  char at(int index) {
    return chars.charAt(start + index);
  }

  /** Whether the characters are read as they stand in {@link #chars}, not folded. */
  boolean asWritten() {
    return true;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    Preconditions.checkElementIndex(index, length());
    return at(index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    Preconditions.checkPositionIndexes(from, to, length());
    return toString().substring(from, to);
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
    int n = length();
    if (t.length() != n) {
      return false;
    }
    if (asWritten() && t.asWritten()) {
      return chars.regionMatches(start, t.chars, t.start, n);
    }
    for (int i = 0; i < n; i++) {
      if (at(i) != t.at(i)) {
        return false;
      }
    }
    return true;
  }

  /** The hash code of the characters as a string ({@link String#hashCode()}), without a copy. */
  @Override
  public int hashCode() {
    if (asWritten() && start == 0 && end == chars.length()) {
      return chars.hashCode(); // cached by the string
    }
    int h = 0;
    for (int i = 0; i < length(); i++) {
      h = 31 * h + at(i);
    }
    return h;
  }

  /** A range of a plan's text, read folded (the text may be written with ，：（）). */
  private static final class Range extends TaskText {

    Range(String chars, int start, int end) {
      super(chars, start, end);
    }

    @Override
    char at(int index) {
      return Folding.fold(chars.charAt(start + index));
    }

    @Override
    boolean asWritten() {
      return false;
    }

    /** The characters folded: a copy of the range as it stands when nothing in it folds. */
    @Override
    public String toString() {
      for (int i = start; i < end; i++) {
        char c = chars.charAt(i);
        if (Folding.fold(c) != c) {
          char[] folded = new char[length()];
          chars.getChars(start, i, folded, 0);
          for (int k = i - start; k < folded.length; k++) {
            folded[k] = at(k);
          }
          return new String(folded);
        }
      }
      return chars.substring(start, end);
    }
  }
}
