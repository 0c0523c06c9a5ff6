package io.github.pilotplan.examples.cli;

import io.github.pilotplan.examples.export.CsvOutput;
import java.io.PrintWriter;
import java.util.List;

/**
 * The unit tally of {@code pilotplan units --format csv}: name, kind, tasks, nearest due year.
 *
 * <pre>{@code
 * UnitCsv.print(UnitTally.of(PlanLoader.seed()), out);
 * // name,kind,tasks,nearest due year
 * // 市民政局,MUNICIPAL_DEPARTMENT,19,2009
 * }</pre>
 *
 * <p>A unit none of whose tasks has a due year gets an empty last cell. See {@link CsvOutput} for
 * the byte-order mark and the formula guard.
 */
final class UnitCsv {

  /** The header row. */
  static final String[] HEADER = {"name", "kind", "tasks", "nearest due year"};

  private UnitCsv() {}

  /** Prints the sheet. */
  static void print(List<UnitTally.Row> rows, PrintWriter out) {
    CsvOutput sheet = new CsvOutput(out, HEADER);
    for (UnitTally.Row row : rows) {
      sheet.row(row.unit().name(), row.unit().kind().name(), row.tasks(),
          row.nearestDueYear().isPresent() ? row.nearestDueYear().getAsInt() : null);
    }
    sheet.finish();
  }
}
