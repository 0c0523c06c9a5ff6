package io.github.pilotplan.examples.cli;

import io.github.pilotplan.annotate.Target;
import io.github.pilotplan.annotate.Unit;
import io.github.pilotplan.model.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tasks as the 任务分解表 (task-breakdown sheet) of {@code pilotplan tasks --format csv}: a header
 * row, then one row per task, in document order.
 *
 * <pre>{@code
 * TaskCsv.print(plan.allTasks(), out);
 * // path,task,lead unit,units,deadline,due year,targets
 * // (一) › 3,"2012年前,全市社会组织健康发展,…",市民政局,市民政局、市财政局、市经贸局、市机编办,2012年前,2012,
 * }</pre>
 *
 * <p>Columns: path (e.g. {@code (一) › 6 › (1)}); task (the statement, folded like all model
 * text); lead unit; units (all effective units, joined with 、); deadline (every effective
 * deadline as written, joined with "; "; an enclosing task's when the task states none); due year
 * (the earliest); targets (their texts joined with "; "). Absent values are empty cells. See
 * {@link CsvOutput} for the byte-order mark and the formula guard.
 */
final class TaskCsv {

  /** The header row. */
  static final String[] HEADER = {
      "path", "task", "lead unit", "units", "deadline", "due year", "targets"};

  private TaskCsv() {}

  /** Prints the sheet. */
  static void print(List<Task> tasks, PrintWriter out) {
    CsvOutput sheet = new CsvOutput(out, HEADER);
    for (Task task : tasks) {
      sheet.row(
          task.pathText(),
          task.text(),
          task.leadUnit().map(Unit::name).orElse(null),
          task.effectiveUnits().stream().map(Unit::name).collect(Collectors.joining("、")),
          DeadlineText.all(task),
          task.earliestDueYear().isPresent() ? task.earliestDueYear().getAsInt() : null,
          task.targets().stream().map(Target::text).collect(Collectors.joining("; ")));
    }
    sheet.finish();
  }
}
