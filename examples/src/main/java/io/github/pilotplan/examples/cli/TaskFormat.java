package io.github.pilotplan.examples.cli;

/**
 * The output formats of {@code tasks} and {@code ask}. The constants are spelled as they are
 * typed after {@code --format}, so picocli lists and accepts exactly these words.
 *
 * <pre>{@code
 * pilotplan tasks --format xlsx --out 任务分解表.xlsx
 * }</pre>
 */
enum TaskFormat {
  /** An aligned table for people. */
  table,
  /** One pretty-printed JSON array. */
  json,
  /** The 任务分解表 as CSV with a UTF-8 byte-order mark, for spreadsheets. */
  csv,
  /** The 任务分解表 as an Excel workbook; never to a terminal. */
  xlsx
}
