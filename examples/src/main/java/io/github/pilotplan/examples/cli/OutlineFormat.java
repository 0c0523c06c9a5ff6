package io.github.pilotplan.examples.cli;

/**
 * The output formats of {@code outline}. The constants are spelled as they are typed after
 * {@code --format}.
 *
 * <pre>{@code
 * pilotplan outline --format json
 * }</pre>
 */
enum OutlineFormat {
  /** An indented tree for people. */
  table,
  /** One pretty-printed JSON array of nested section nodes. */
  json
}
