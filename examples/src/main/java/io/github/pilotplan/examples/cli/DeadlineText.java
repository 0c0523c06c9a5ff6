package io.github.pilotplan.examples.cli;

import io.github.pilotplan.model.Task;

/**
 * A task's deadline as the plan writes it, for tables and sheets.
 *
 * <pre>{@code
 * // (一) › 6          到2011年, stated by the task itself
 * DeadlineText.first(task);   // "到2011年"
 * // (一) › 3 › (2)    states no deadline and works to the 2012年前 of 3、
 * DeadlineText.first(task);   // "2012年前*"
 * }</pre>
 */
final class DeadlineText {

  /** The mark {@link #first} puts after an inherited deadline. */
  static final String INHERITED_MARK = "*";

  private DeadlineText() {}

  /**
   * The first effective deadline as written, followed by {@value #INHERITED_MARK} when it comes
   * from an enclosing task; empty when the task has none.
   */
  static String first(Task task) {
    if (task.effectiveDeadlines().isEmpty()) {
      return "";
    }
    String text = task.effectiveDeadlines().get(0).text();
    return task.deadlinesInherited() ? text + INHERITED_MARK : text;
  }
}
