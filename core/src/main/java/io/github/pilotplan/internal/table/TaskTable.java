package io.github.pilotplan.internal.table;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A table recognised as a task table (任务分工表): its layout, what each column holds, and its task
 * rows.
 *
 * <pre>{@code
 * TaskTable t = TaskTableReader.read(layout).orElseThrow();
 * t.columns();        // [Optional[NUMBER], Optional[ITEM], Optional[CONTENT], Optional[LEAD], Optional[SUPPORT]]
 * t.rows().size();    // one per task
 * }</pre>
 */
public final class TaskTable {

  private final TableLayout layout;
  private final ImmutableList<Optional<ColumnKind>> columns;
  private final int headerRows;
  private final ImmutableList<TaskRow> rows;

  TaskTable(TableLayout layout, ImmutableList<Optional<ColumnKind>> columns, int headerRows,
      ImmutableList<TaskRow> rows) {
    this.layout = layout;
    this.columns = columns;
    this.headerRows = headerRows;
    this.rows = rows;
  }

  /** Where the table stands. */
  public TableLayout layout() {
    return layout;
  }

  /** What each column holds, by the header; {@link ColumnKind#RESPONSIBLE} resolved to lead or support. */
  public ImmutableList<Optional<ColumnKind>> columns() {
    return columns;
  }

  /** The index of the first row below the header. */
  public int headerRows() {
    return headerRows;
  }

  /** The tasks, in table order. */
  public ImmutableList<TaskRow> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "TaskTable[" + layout + ", " + rows.size() + " tasks]";
  }
}
