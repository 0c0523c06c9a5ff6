package io.github.pilotplan;

/**
 * Thrown when a piece of plan text, such as a deadline given to {@code Deadlines.parse}, cannot be
 * read. Like java.time's {@code DateTimeParseException}, it carries the text and the index of the
 * error.
 *
 * <pre>{@code
 * try {
 *   Deadlines.parse("明年");
 * } catch (TextParseException e) {
 *   e.getParsedString();   // "明年"
 *   e.getErrorIndex();     // 0
 * }
 * }</pre>
 */
public final class TextParseException extends PlanParseException {

  private static final long serialVersionUID = 1L;

  /** An exception for {@code parsedString}, failing at {@code errorIndex}. */
  public TextParseException(String message, CharSequence parsedString, int errorIndex) {
    super(message + " at index " + errorIndex + " of \"" + parsedString + "\"", parsedString, errorIndex);
  }
}
