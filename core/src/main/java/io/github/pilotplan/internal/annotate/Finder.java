package io.github.pilotplan.internal.annotate;

/**
 * Finds one form of annotation in a statement and adds it to the statement's annotations. Every
 * grammar has one; the {@link Annotator} runs them in its declared order, so a finder may read
 * what the finders before it found ({@link TargetGrammar#FINDER} reads the deadlines).
 *
 * <pre>{@code
 * Finder deliverables = (statement, found) ->
 *     found.deliverables(DeliverableGrammar.find(statement.region()));
 * }</pre>
 *
 * <p>A finder keeps no state of its own between statements: what a document gives every statement
 * (its naming of units, its date, its own places) comes with the {@link Statement}.
 */
@FunctionalInterface
public interface Finder {

  /** Reads {@code statement} and sets its field of {@code found}, or reports what it cannot read. */
  void find(Statement statement, Annotations.Builder found);
}
