package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan ask}: the tasks a question in the query language selects (see {@code
 * TaskQuery.where} in pilotplan-core, and the README's query grammar).
 *
 * <pre>{@code
 * pilotplan ask "tasks owned by 市财政局 due 2011"
 * pilotplan ask "overdue on 2011-01-01" --format json
 * pilotplan ask "owner:财政局 (due:2011 or due:2012)" --format xlsx --out 财政局.xlsx
 * }</pre>
 *
 * <p>A query that cannot be read, or names a unit or town the plan does not know, prints one
 * line — what was expected, where, and the closest names — and exits 2.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "List the tasks a question selects, e.g. \"tasks owned by 市财政局 due 2011\".",
        "Clauses: owned by U, led by U, due Y, due by Y, due before D, due between D and D, "
            + "overdue on D, open on D, active in Y, in town T, under (一) 5, containing W, "
            + "with targets, with deliverables; and (or side by side), or, not, ( ); then "
            + "ordered by path|deadline, limit N. Compact: owner:U due:Y town:T …"},
    footerHeading = "%nFormats:%n",
    footer = {
        "  table  PATH, DEADLINE, UNITS and TEXT, fitted to 120 columns.",
        "  json   One array of task objects.",
        "  csv    The 任务分解表 sheet, UTF-8 with a byte-order mark for Excel.",
        "  xlsx   The 任务分解表 as an Excel workbook: to --out, or to a redirected stdout."})
final class AskCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The question, in quotes.")
  private String query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private TaskFormat format;

  @Mixin
  private OutputFile output;

  @Override
  public Integer call() {
    if (TaskOutput.refused(spec, format, output, parent)) {
      return PilotplanCli.EXIT_USAGE_ERROR;
    }
    return PlanRun.run(spec, parent.source(), this::run);
  }

  private void run(Plan plan, PrintWriter out, PrintWriter err) {
    TaskOutput.write(plan.tasks().where(query).list(), format, output, parent, out);
  }
}
