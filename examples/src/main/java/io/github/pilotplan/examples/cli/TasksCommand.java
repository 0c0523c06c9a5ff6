package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan tasks}: the tasks that match every filter given, in document order, as a
 * table, JSON or a CSV sheet.
 *
 * <pre>{@code
 * pilotplan tasks --owner 财政局 --due 2011
 * pilotplan tasks --town 黄江 --format json
 * pilotplan tasks --file page2.txt --format csv > 任务分解表.csv
 * pilotplan tasks --format xlsx --out 任务分解表.xlsx
 * pilotplan tasks --overdue-on 2011-01-01
 * pilotplan tasks --query 'owned by 财政局 (due 2011 or due 2012)'
 * }</pre>
 *
 * <p>Filters work on a task's effective units and deadlines (its own, or the enclosing task's).
 * A query that matches nothing prints an empty table or {@code []} and succeeds; when {@code
 * --owner}, {@code --lead} or {@code --town} names nothing in the plan, a hint with the closest
 * names goes to stderr. A {@code --query} that cannot be read exits 2 with one line saying where
 * and what was expected (see {@code ask}).
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the tasks that match every filter given, in document order.",
    footerHeading = "%nFormats:%n",
    footer = {
        "  table  PATH, DEADLINE, UNITS (joined with 、) and TEXT, fitted to 120",
        "         columns. DEADLINE is the first deadline as written; a trailing *",
        "         marks one inherited from the enclosing task.",
        "  json   One array of task objects.",
        "  csv    The 任务分解表 sheet: path, task, lead unit, units, deadline,",
        "         due year, targets; UTF-8 with a byte-order mark for Excel.",
        "  xlsx   The same sheet as an Excel workbook (header row frozen, text",
        "         wrapped): to --out FILE, or to a redirected stdout, never to a",
        "         terminal."})
final class TasksCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Option(names = "--owner", paramLabel = "UNIT",
      description = "Tasks one of whose units (stated or inherited) is UNIT; aliases such as "
          + "财政局 or 东莞市财政局 work.")
  private String owner;

  @Option(names = "--lead", paramLabel = "UNIT",
      description = "Tasks led by UNIT: the unit marked 牵头, else the first listed.")
  private String lead;

  @Option(names = "--due", paramLabel = "YEAR",
      description = "Tasks with a deadline due in YEAR.")
  private Integer due;

  @Option(names = "--active", paramLabel = "YEAR",
      description = "Tasks with a deadline whose span holds YEAR (从2010年开始 holds every year "
          + "from 2010 on, 2012年前 every year up to 2012).")
  private Integer active;

  @Option(names = "--town", paramLabel = "TOWN",
      description = "Tasks whose words name TOWN, full or short name (黄江镇 or 黄江).")
  private String town;

  @Option(names = "--overdue-on", paramLabel = "DATE",
      description = "Tasks overdue on DATE (e.g. 2011-01-01): a deadline whose due date, the last "
          + "day of the period it names, lies before DATE.")
  private LocalDate overdueOn;

  @Option(names = "--query", paramLabel = "QUERY",
      description = "Tasks that QUERY selects, in the language of 'ask', e.g. "
          + "'owned by 财政局 (due 2011 or due 2012)'; together with the other filters.")
  private String queryText;

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
    TaskQuery query = query(plan);
    hints(plan).forEach(hint -> err.println(PilotplanCli.NAME + ": " + hint));
    List<Task> tasks = query.list();
    TaskOutput.write(tasks, format, output, parent, out);
  }

  private TaskQuery query(Plan plan) {
    TaskQuery query = queryText == null ? plan.tasks() : plan.tasks().where(queryText);
    if (owner != null) {
      query = query.ownedBy(owner);
    }
    if (lead != null) {
      query = query.ledBy(lead);
    }
    if (due != null) {
      query = query.dueIn(due);
    }
    if (active != null) {
      query = query.activeIn(active);
    }
    if (town != null) {
      query = query.inTown(town);
    }
    if (overdueOn != null) {
      query = query.overdueOn(overdueOn);
    }
    return query;
  }

  private List<String> hints(Plan plan) {
    return Stream.of(
            Optional.ofNullable(owner).flatMap(name -> NameHints.unit(plan, name)),
            Optional.ofNullable(lead).flatMap(name -> NameHints.unit(plan, name)),
            Optional.ofNullable(town).flatMap(name -> NameHints.town(plan, name)))
        .flatMap(Optional::stream)
        .collect(Collectors.toList());
  }
}
