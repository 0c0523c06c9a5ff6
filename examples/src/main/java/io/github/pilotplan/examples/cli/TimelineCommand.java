package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.examples.export.TaskTimeline;
import io.github.pilotplan.model.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan timeline}: the tasks as an SVG picture — one row per task, grouped by lead
 * unit, a bar from the start year to the due date.
 *
 * <pre>{@code
 * pilotplan timeline --out timeline.svg
 * pilotplan timeline --owner 财政局 > 财政局.svg
 * }</pre>
 *
 * <p>See {@link TaskTimeline} for the marks. Open the file in a browser; hover a row for the
 * task's full text.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Write an SVG timeline of the tasks: one row per task, grouped by lead unit.",
        "Years run along the top; a bar goes from the start year to the due date, an arrow "
            + "marks a deadline without an end (从…开始), a diamond each target."})
final class TimelineCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Mixin
  private OwnerFilter owner;

  @Mixin
  private OutputFile output;

  @Override
  public Integer call() {
    return PlanRun.run(spec, parent.source(), this::run);
  }

  private void run(Plan plan, PrintWriter out, PrintWriter err) {
    List<Task> tasks = owner.tasks(plan, err);
    output.write(TaskTimeline.of(plan, tasks), out);
  }
}
