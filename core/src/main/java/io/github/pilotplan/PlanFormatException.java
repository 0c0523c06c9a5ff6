package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Diagnostic;
import java.util.List;

/**
 * Thrown by a {@linkplain PlanLoader#strict() strict} loader when the text has anything it could
 * not place. Like java.time's {@code DateTimeParseException}, it carries the text and the index of
 * the first error, and, in addition, every diagnostic.
 *
 * <pre>{@code
 * try {
 *   PlanLoader.strict().load("前言一段。\n一、总则\n");
 * } catch (PlanFormatException e) {
 *   e.getMessage();        // "1:1: paragraph before the first numbered heading… (1 diagnostic)"
 *   e.line();              // 1
 *   e.column();            // 1
 *   e.getErrorIndex();     // 0, the offset of that place in e.getParsedString()
 *   e.diagnostics();       // every diagnostic, in text order
 * }
 * }</pre>
 */
public final class PlanFormatException extends PlanParseException {

  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Diagnostic> diagnostics;

  /**
   * An exception for {@code parsedString} with at least one diagnostic.
   *
   * @throws IllegalArgumentException if {@code diagnostics} is empty
   */
  public PlanFormatException(CharSequence parsedString, List<Diagnostic> diagnostics) {
    super(message(diagnostics), parsedString, diagnostics.get(0).span().offset());
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  private static String message(List<Diagnostic> diagnostics) {
    Preconditions.checkArgument(!diagnostics.isEmpty(), "a PlanFormatException needs a diagnostic");
    int n = diagnostics.size();
    return diagnostics.get(0) + " (" + n + (n == 1 ? " diagnostic)" : " diagnostics)");
  }

  /** The 1-based line of the first diagnostic. */
  @Override
  public int line() {
    return diagnostics.get(0).span().line();
  }

  /** The 1-based column of the first diagnostic. */
  @Override
  public int column() {
    return diagnostics.get(0).span().column();
  }

  /** Every diagnostic, in text order. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
