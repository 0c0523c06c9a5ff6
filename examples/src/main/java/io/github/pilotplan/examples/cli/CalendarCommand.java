package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.examples.export.TaskCalendar;
import io.github.pilotplan.model.Task;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan calendar}: the tasks that fall due, as an iCalendar file of to-dos that a
 * calendar application imports.
 *
 * <pre>{@code
 * pilotplan calendar > 试点方案.ics
 * pilotplan calendar --owner 财政局 --out 财政局.ics
 * pilotplan calendar --file page2.txt
 * }</pre>
 *
 * <p>See {@link TaskCalendar} for what each VTODO holds. An {@code --owner} the plan does not know
 * gives a calendar without to-dos and a hint on stderr, as {@code tasks} does.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Write an iCalendar (RFC 5545) file with one to-do (VTODO) per task that falls due.",
        "DUE is the last day of the due period (31 December, or the month's last day when the "
            + "deadline names a month); SUMMARY the title or text; CATEGORIES the units; "
            + "DESCRIPTION the path and the deadline as written."})
final class CalendarCommand implements Callable<Integer> {

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
    output.write(TaskCalendar.of(plan, tasks, Instant.now()), out);
  }
}
