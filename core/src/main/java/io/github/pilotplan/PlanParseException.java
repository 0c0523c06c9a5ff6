package io.github.pilotplan;

/**
 * Text that pilotplan could not read: the unchecked root of its parse exceptions, as java.time's
 * {@code DateTimeParseException} is for dates. It carries the text, the index where reading failed
 * and that index's line and column.
 *
 * <pre>{@code
 * try {
 *   plan.tasks().where(question);              // or Deadlines.parse(text), PlanLoader.strict().load(text)
 * } catch (PlanParseException e) {
 *   e.getParsedString();                       // the text that was being read
 *   e.getErrorIndex();                         // 0-based offset of the problem in it
 *   e.line() + ":" + e.column();               // the same place, 1-based
 * }
 * }</pre>
 *
 * <p>The family: {@link TextParseException} (a value's text: {@code Deadlines.parse}, {@code
 * Labels.of}, a path step of {@code TaskQuery.under}), {@link PlanFormatException} (a plan a
 * {@linkplain PlanLoader#strict() strict} loader refuses, with every diagnostic) and {@link
 * io.github.pilotplan.query.QueryParseException} (a question of {@code TaskQuery.where}, with what
 * was expected and the closest names). Like every {@link IllegalArgumentException}, they are
 * unchecked: the text is the caller's argument. Bytes that cannot be read at all are checked
 * {@link java.io.IOException}s: {@link UndecodableInputException} and {@link
 * InputTooLargeException}.
 */
public abstract class PlanParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parsedString;
  private final int errorIndex;

  /** An exception with {@code message} for {@code parsedString}, failing at {@code errorIndex}. */
  protected PlanParseException(String message, CharSequence parsedString, int errorIndex) {
    super(message);
    this.parsedString = parsedString.toString();
    this.errorIndex = errorIndex;
  }

  /** The text that was being read. */
  public final String getParsedString() {
    return parsedString;
  }

  /** The 0-based index in {@link #getParsedString()} where reading failed. */
  public final int getErrorIndex() {
    return errorIndex;
  }

  /**
   * The 1-based line of {@link #getErrorIndex()} in {@link #getParsedString()}: lines end at
   * {@code \n}, {@code \r\n} or a lone {@code \r}.
   */
  public int line() {
    int line = 1;
    int end = Math.min(errorIndex, parsedString.length());
    for (int i = 0; i < end; i++) {
      char c = parsedString.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == parsedString.length() || parsedString.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of {@link #getErrorIndex()} on its {@link #line()}. */
  public int column() {
    int end = Math.min(errorIndex, parsedString.length());
    int start = end;
    while (start > 0 && parsedString.charAt(start - 1) != '\n' && parsedString.charAt(start - 1) != '\r') {
      start--;
    }
    return end - start + 1;
  }
}
