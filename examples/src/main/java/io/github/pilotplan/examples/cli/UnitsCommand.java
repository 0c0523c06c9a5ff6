package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan units}: every responsible unit with the number of tasks it owns and the
 * nearest year one of them falls due (see {@link UnitTally}).
 *
 * <pre>{@code
 * pilotplan units
 * pilotplan units --format csv > units.csv
 * }</pre>
 */
@Command(name = "units", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List each responsible unit with the number of tasks it owns (stated or "
        + "inherited) and the nearest year one of them falls due.")
final class UnitsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    return PlanRun.run(spec, parent.source(), this::run);
  }

  private void run(Plan plan, PrintWriter out, PrintWriter err) {
    List<UnitTally.Row> rows = UnitTally.of(plan);
    switch (format) {
      case json:
        JsonOutput.print(UnitJson.of(rows), out);
        break;
      case csv:
        UnitCsv.print(rows, out);
        break;
      default:
        UnitTable.print(rows, out);
    }
  }
}
