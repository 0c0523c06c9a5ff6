package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.query.QueryParseException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one command against the plan: loads it, hands it with the command's writers to the
 * command's action, and turns an unreadable input (or an unwritable {@code --out} file) into one
 * line on stderr and exit code 1.
 *
 * <pre>{@code
 * public Integer call() {
 *   return PlanRun.run(spec, source, (plan, out, err) -> TaskTable.print(plan.allTasks(), out));
 * }
 * }</pre>
 */
final class PlanRun {

  /** What a command does with a loaded plan. */
  @FunctionalInterface
  interface Action {
    /** Writes the command's answer about {@code plan} to {@code out}, remarks to {@code err}. */
    void run(Plan plan, PrintWriter out, PrintWriter err);
  }

  private PlanRun() {}

  /**
   * Loads the plan of {@code source} and runs {@code action} on it.
   *
   * @return {@link PilotplanCli#EXIT_OK}, or {@link PilotplanCli#EXIT_INPUT_ERROR} when the input
   *     cannot be read or the output file cannot be written
   */
  static int run(CommandSpec spec, PlanSource source, Action action) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      action.run(source.load(), out, err);
      return PilotplanCli.EXIT_OK;
    } catch (PlanInputException | OutputFile.OutputException e) {
      err.println(PilotplanCli.NAME + ": " + e.getMessage());
      return PilotplanCli.EXIT_INPUT_ERROR;
    } catch (QueryParseException e) {
      // A query is part of the command line: a bad one is a usage error, said on one line.
      err.println(PilotplanCli.NAME + ": " + e.getMessage());
      return PilotplanCli.EXIT_USAGE_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
