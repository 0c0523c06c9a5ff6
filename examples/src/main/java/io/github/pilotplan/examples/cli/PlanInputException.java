package io.github.pilotplan.examples.cli;

/**
 * The plan's text cannot be read; the message says why in words a person can act on, and names
 * the file.
 *
 * <pre>{@code
 * try {
 *   plan = source.load();
 * } catch (PlanInputException e) {
 *   err.println("pilotplan: " + e.getMessage());   // pilotplan: cannot read nope.txt: no such file
 * }
 * }</pre>
 */
final class PlanInputException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An exception with the one-line {@code message}. */
  PlanInputException(String message) {
    super(message);
  }
}
