package io.github.pilotplan.examples.cli;

import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tasks as an aligned table for a 120-column terminal: path, deadline as written, units, text.
 *
 * <pre>{@code
 * TaskTable.print(plan.tasks().ownedBy("市财政局").dueIn(2011).list(), out);
 * // PATH            DEADLINE  UNITS                                   TEXT
 * // (一) › 6        到2011年  市民政局、市人事局、市机编办、市财政局  到2011年,制定有利于社会组织…
 * // …                                  (UNITS is as wide as its widest cell; abridged here)
 * // 4 tasks
 * }</pre>
 *
 * <p>DEADLINE is the first effective deadline; a trailing {@value DeadlineText#INHERITED_MARK}
 * marks one inherited from the enclosing task, and the footer says so when a row has one. UNITS
 * are the effective units joined with 、. TEXT is cut with "…" to fit; when the other columns are
 * too wide, the widest of them is cut too.
 */
final class TaskTable {

  /** The width of the terminal the table is fitted to. */
  static final int WIDTH = 120;

  private TaskTable() {}

  /** Prints a header, one line per task, and a footer with the count. */
  static void print(List<Task> tasks, PrintWriter out) {
    TextTable table = new TextTable(WIDTH)
        .column("PATH", TextTable.Align.LEFT, 14)
        .column("DEADLINE", TextTable.Align.LEFT, 12)
        .column("UNITS", TextTable.Align.LEFT, 24)
        .flexibleColumn("TEXT", 24);
    for (Task task : tasks) {
      table.row(task.pathText(), DeadlineText.first(task), units(task), task.text());
    }
    table.print(out);
    out.println(footer(tasks));
  }

  private static String units(Task task) {
    return task.effectiveUnits().stream().map(Unit::name).collect(Collectors.joining("、"));
  }

  private static String footer(List<Task> tasks) {
    String count = tasks.size() == 1 ? "1 task" : tasks.size() + " tasks";
    boolean inherited = tasks.stream().anyMatch(Task::deadlinesInherited);
    return inherited
        ? count + "; " + DeadlineText.INHERITED_MARK + " deadline inherited from the enclosing task"
        : count;
  }
}
