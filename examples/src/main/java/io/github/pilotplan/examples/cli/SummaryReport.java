package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.examples.export.DisplayWidth;
import io.github.pilotplan.model.SourcePage;
import io.github.pilotplan.model.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one-screen summary {@code pilotplan} prints without a command: the document's facts, the
 * counts, and the tasks per unit.
 *
 * <pre>{@code
 * SummaryReport.print(PlanLoader.seed(), out);
 * // title        东莞市人民政府办公室关于印发《…》的通知
 * // issuer       东莞市人民政府办公室
 * // …
 * // tasks        20
 * // …
 * // UNIT                        TASKS
 * // 市民政局                       19
 * }</pre>
 *
 * <p>Absent facts print as "-". When the loader left diagnostics, the first {@value
 * #DIAGNOSTICS_SHOWN} are listed under the counts.
 */
final class SummaryReport {

  /** How many diagnostics the summary lists at most. */
  static final int DIAGNOSTICS_SHOWN = 5;

  private static final String NONE = "-";

  private SummaryReport() {}

  /** Prints the summary of {@code plan}. */
  static void print(Plan plan, PrintWriter out) {
    fact(out, "title", plan.title().orElse(NONE));
    fact(out, "issuer", plan.issuer().orElse(NONE));
    fact(out, "plan", plan.name().orElse(NONE));
    fact(out, "source", source(plan.page()));
    fact(out, "sections", plan.sections().count() + " (" + plan.outline().size() + " top-level)");
    fact(out, "tasks", Integer.toString(plan.allTasks().size()));
    fact(out, "units", Integer.toString(plan.units().size()));
    fact(out, "towns", plan.towns().size() + names(plan.towns()));
    fact(out, "diagnostics", Integer.toString(plan.diagnostics().size()));
    diagnostics(plan.diagnostics(), out);
    out.println();
    out.println("Tasks per unit (任务分解表):");
    TextTable table = new TextTable(TaskTable.WIDTH)
        .column("UNIT", TextTable.Align.LEFT, 8)
        .column("TASKS", TextTable.Align.RIGHT, 5);
    for (UnitTally.Row row : UnitTally.of(plan)) {
      table.row(row.unit().name(), Integer.toString(row.tasks()));
    }
    table.print(out);
  }

  private static void fact(PrintWriter out, String label, String value) {
    out.println(String.format("%-12s %s", label, value));
  }

  private static String source(SourcePage page) {
    List<String> parts = new ArrayList<>();
    page.site().ifPresent(parts::add);
    if (page.isPartial()) {
      parts.add("partial text");
    }
    if (page.totalPages().isPresent()) {
      parts.add(page.totalPages().getAsInt() + " pages in all");
    }
    return parts.isEmpty() ? NONE : String.join(", ", parts);
  }

  private static String names(List<Town> towns) {
    return towns.isEmpty() ? ""
        : towns.stream().map(Town::name).collect(Collectors.joining(", ", " (", ")"));
  }

  private static void diagnostics(List<Diagnostic> diagnostics, PrintWriter out) {
    diagnostics.stream().limit(DIAGNOSTICS_SHOWN)
        .forEach(d -> out.println(DisplayWidth.fit("  " + d, TaskTable.WIDTH)));
    Optional.of(diagnostics.size() - DIAGNOSTICS_SHOWN)
        .filter(more -> more > 0)
        .ifPresent(more -> out.println("  … and " + more + " more"));
  }
}
