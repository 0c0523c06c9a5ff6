package io.github.pilotplan.examples.cli;

/**
 * The output formats of {@code units} ({@code tasks} and {@code ask} have {@link TaskFormat}). The
 * constants are spelled as they are typed after {@code --format}, so picocli lists and accepts
 * exactly these words.
 *
 * <pre>{@code
 * pilotplan units --format csv > units.csv
 * }</pre>
 */
enum Format {
  /** An aligned table for people. */
  table,
  /** One pretty-printed JSON array. */
  json,
  /** A CSV sheet with a UTF-8 byte-order mark, for spreadsheets. */
  csv
}
