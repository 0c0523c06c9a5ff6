package io.github.pilotplan.model;

/**
 * What a non-blank line of the input turned out to be.
 *
 * <pre>{@code
 * plan.lines().get(0);   // "1 BOILERPLATE": the seed's site banner
 * plan.lines().get(1);   // "2 METADATA": the document title
 * }</pre>
 */
public enum LineRole {
  /** Site furniture: banner, pagination, links, the partial-text notice. */
  BOILERPLATE,
  /** Facts of the document: its title, addressee, preamble, date, issuer. */
  METADATA,
  /** A numbered heading without a statement. */
  HEADING,
  /** (Part of) a task's statement, numbered or not. */
  STATEMENT,
  /** A line the loader could not place; {@code Plan.diagnostics()} says why. */
  UNPLACED
}
