package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan outline}: the plan's numbered sections as an indented tree or as JSON.
 *
 * <pre>{@code
 * pilotplan outline
 * pilotplan outline --file page2.txt --format json
 * }</pre>
 */
@Command(name = "outline", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the section tree: one section per line, indented by level, with its "
        + "title; [inferred] marks a section the text never shows.")
final class OutlineCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutlineFormat format;

  @Override
  public Integer call() {
    return PlanRun.run(spec, parent.source(), this::run);
  }

  private void run(Plan plan, PrintWriter out, PrintWriter err) {
    if (format == OutlineFormat.json) {
      JsonOutput.print(OutlineJson.of(plan.outline()), out);
    } else {
      OutlineTable.print(plan.outline(), out);
    }
  }
}
