package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code --owner UNIT} and {@code --query QUERY} of the commands that draw the plan's
 * tasks (the calendar, the timeline): all tasks without them, else the tasks UNIT owns and QUERY
 * selects; a UNIT the plan does not know gives no tasks and a hint with the closest names on
 * stderr, as {@code tasks} does; a QUERY that cannot be read exits 2 with one line.
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

  @Option(names = "--query", paramLabel = "QUERY",
      description = "Only tasks that QUERY selects, in the language of 'ask', e.g. "
          + "'due 2011 or due 2012'.")
  private String query;

  /** The tasks of {@code plan} that {@code --owner} and {@code --query} select, in document order. */
  List<Task> tasks(Plan plan, PrintWriter err) {
    TaskQuery tasks = query == null ? plan.tasks() : plan.tasks().where(query);
    if (owner == null) {
      return tasks.list();
    }
    NameHints.unit(plan, owner).ifPresent(hint -> err.println(PilotplanCli.NAME + ": " + hint));
    return tasks.ownedBy(owner).list();
  }
}
