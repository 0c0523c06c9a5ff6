package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.query.QueryParseException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one command against the plan: loads it, hands it with the command's writers to the
 * command's action, and turns every way this can fail into one line on stderr and exit code 1.
 *
 * <pre>{@code
 * public Integer call() {
 *   return PlanRun.run(spec, source, (plan, out, err) -> TaskTable.print(plan.allTasks(), out));
 * }
 * }</pre>
 *
 * <p>The failures: an unreadable input; an {@code --out} file that is refused or cannot be written
 * (checked before the plan is loaded, see {@link OutputFile#check}); a stdout that cannot be
 * written (a full disk, a closed stream: {@link PrintWriter#checkError()} after the answer); the
 * heap or the stack running out ({@link OutOfMemoryError}, {@link StackOverflowError}), which is
 * a line that names the file and its size, never a stack trace.
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
   *     cannot be read, the output cannot be written or memory runs out
   */
  static int run(CommandSpec spec, PlanSource source, Action action) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      checkOutputFiles(spec, source);
      loadAndRun(source, action, out, err);
      if (out.checkError()) {
        StreamWriter.failureMessage(out).ifPresent(m -> fail(err, m));
        return PilotplanCli.EXIT_INPUT_ERROR;
      }
      return PilotplanCli.EXIT_OK;
    } catch (PlanInputException | OutputFile.OutputException e) {
      return fail(err, e.getMessage());
    } catch (QueryParseException e) {
      // A query is part of the command line: a bad one is a usage error, said on one line.
      err.println(PilotplanCli.NAME + ": " + e.getMessage());
      return PilotplanCli.EXIT_USAGE_ERROR;
    } catch (OutOfMemoryError e) {
      // The plan was referenced from loadAndRun's frame only, which is gone: the heap is free again.
      return fail(err, "out of memory reading " + source.describe() + " (heap "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB); raise the heap with -Xmx or lower --max-size");
    } catch (StackOverflowError e) {
      return fail(err, "stack overflow reading " + source.describe()
          + "; please report it (a larger stack, e.g. -Xss16m, may get past it)");
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Checks each {@link OutputFile} among the mixins of {@code spec}, and of their mixins. */
  private static void checkOutputFiles(CommandSpec spec, PlanSource source) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OutputFile) {
        ((OutputFile) mixin.userObject()).check(source.file());
      }
      checkOutputFiles(mixin, source);
    }
  }

  /** In a method of its own, so that nothing of the plan is reachable once it has returned or thrown. */
  private static void loadAndRun(PlanSource source, Action action, PrintWriter out, PrintWriter err)
      throws PlanInputException {
    action.run(source.load(), out, err);
    out.flush();
  }

  private static int fail(PrintWriter err, String message) {
    err.println(PilotplanCli.NAME + ": " + message);
    return PilotplanCli.EXIT_INPUT_ERROR;
  }
}
