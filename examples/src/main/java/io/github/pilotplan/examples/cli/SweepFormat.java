package io.github.pilotplan.examples.cli;

/** The output formats of {@code pilotplan sweep}: one table of every task, a {@code file} column first. */
enum SweepFormat {
  /** The 任务分解表 sheet with a {@code file} column first; UTF-8 with a byte-order mark. */
  csv,
  /** One array of task objects, each with a {@code file} field first. */
  json
}
