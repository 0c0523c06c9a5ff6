package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Task;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The option {@code --owner UNIT} of the commands that draw the plan's tasks (the calendar, the
 * timeline): all tasks without it, else the tasks UNIT owns; a UNIT the plan does not know gives
 * no tasks and a hint with the closest names on stderr, as {@code tasks} does.
 *
 * <pre>{@code
 * // in a command:   @Mixin OwnerFilter owner;
 * List<Task> tasks = owner.tasks(plan, err);
 * }</pre>
 */
final class OwnerFilter {

  @Option(names = "--owner", paramLabel = "UNIT",
      description = "Only tasks one of whose units (stated or inherited) is UNIT; aliases such as "
          + "财政局 work.")
  private String owner;

  /** The tasks of {@code plan} that {@code --owner} selects, in document order. */
  List<Task> tasks(Plan plan, PrintWriter err) {
    if (owner == null) {
      return plan.tasks().list();
    }
    NameHints.unit(plan, owner).ifPresent(hint -> err.println(PilotplanCli.NAME + ": " + hint));
    return plan.tasks().ownedBy(owner).list();
  }
}
