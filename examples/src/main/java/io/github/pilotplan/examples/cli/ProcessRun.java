package io.github.pilotplan.examples.cli;

import java.io.OutputStream;

/**
 * The tool as a process runs it: the command line on two byte streams (stdout and stderr), and
 * the exit code, with nothing a user could see as a stack trace.
 *
 * <pre>{@code
 * int exit = ProcessRun.run(args, new FileOutputStream(FileDescriptor.out),
 *     new FileOutputStream(FileDescriptor.err));   // what PilotplanCli.main runs
 * }</pre>
 *
 * <p>On top of {@link PlanRun}, which handles the commands that read a plan, it makes exit code 1
 * of a stdout that could not be written by any command ({@code --help > /dev/full}) and of an
 * {@link OutOfMemoryError} or {@link StackOverflowError} outside one.
 */
final class ProcessRun {

  private ProcessRun() {}

  /** Runs {@code pilotplan} with {@code args}; returns the exit code. */
  static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    return run(args, stdout, stderr, false);
  }

  /**
   * Runs {@code pilotplan} with {@code args}, telling it whether stdout is a terminal (where it
   * writes no xlsx workbook); returns the exit code.
   */
  static int run(String[] args, OutputStream stdout, OutputStream stderr, boolean stdoutIsTerminal) {
    return run(args, stdout, stderr, stdoutIsTerminal, false);
  }

  /**
   * Runs {@code pilotplan} with {@code args}, telling it whether stdout is a terminal and whether
   * stderr is one (where {@code sweep} draws a progress bar); returns the exit code.
   */
  static int run(String[] args, OutputStream stdout, OutputStream stderr, boolean stdoutIsTerminal,
      boolean stderrIsTerminal) {
    StreamWriter out = new StreamWriter(stdout);
    StreamWriter err = new StreamWriter(stderr);
    int exit;
    try {
      exit = PilotplanCli.commandLine(out, err, out.bytes(), stdoutIsTerminal, stderrIsTerminal).execute(args);
    } catch (OutOfMemoryError e) {
      exit = fail(err, "out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB); raise the heap with -Xmx");
    } catch (StackOverflowError e) {
      exit = fail(err, "stack overflow; please report it");
    }
    out.flush();
    if (exit == PilotplanCli.EXIT_OK && out.checkError()) {
      StreamWriter.failureMessage(out).ifPresent(m -> fail(err, m));
      exit = PilotplanCli.EXIT_INPUT_ERROR;
    }
    err.flush();
    return exit;
  }

  private static int fail(StreamWriter err, String message) {
    err.println(PilotplanCli.NAME + ": " + message);
    return PilotplanCli.EXIT_INPUT_ERROR;
  }
}
