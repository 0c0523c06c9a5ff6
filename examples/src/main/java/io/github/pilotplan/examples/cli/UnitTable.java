package io.github.pilotplan.examples.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The unit tally of {@code pilotplan units} as an aligned table.
 *
 * <pre>{@code
 * UnitTable.print(UnitTally.of(PlanLoader.seed()), out);
 * // UNIT                        KIND                  TASKS  NEAREST DUE
 * // 市民政局                    MUNICIPAL_DEPARTMENT     19         2009
 * // …
 * }</pre>
 *
 * <p>KIND is a {@link io.github.pilotplan.model.UnitKind} name; NEAREST DUE is empty when none of
 * the unit's tasks has a due year.
 */
final class UnitTable {

  private UnitTable() {}

  /** Prints a header and one line per unit. */
  static void print(List<UnitTally.Row> rows, PrintWriter out) {
    TextTable table = new TextTable(TaskTable.WIDTH)
        .column("UNIT", TextTable.Align.LEFT, 8)
        .column("KIND", TextTable.Align.LEFT, 4)
        .column("TASKS", TextTable.Align.RIGHT, 5)
        .column("NEAREST DUE", TextTable.Align.RIGHT, 11);
    for (UnitTally.Row row : rows) {
      table.row(row.unit().name(), row.unit().kind().name(), Integer.toString(row.tasks()),
          row.nearestDueYear().isPresent() ? Integer.toString(row.nearestDueYear().getAsInt()) : "");
    }
    table.print(out);
  }
}
