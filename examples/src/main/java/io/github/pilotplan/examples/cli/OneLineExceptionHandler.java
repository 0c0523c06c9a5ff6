package io.github.pilotplan.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last line of defence: an exception that escapes a command is printed as one line on stderr,
 * never as a stack trace, and the run exits with {@link PilotplanCli#EXIT_INPUT_ERROR}.
 *
 * <pre>{@code
 * new CommandLine(new PilotplanCli()).setExecutionExceptionHandler(new OneLineExceptionHandler());
 * // pilotplan: internal error (IllegalStateException: …); please report it
 * }</pre>
 *
 * <p>Input the commands cannot read never gets here: they report it themselves (see {@link
 * PlanRun}). What does is a bug.
 */
final class OneLineExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    // The first line only, its control characters escaped: a message may quote the plan's text.
    String message = e.getMessage() == null ? ""
        : ": " + TerminalText.visible(e.getMessage().lines().findFirst().orElse(""));
    commandLine.getErr().println(PilotplanCli.NAME + ": internal error ("
        + e.getClass().getSimpleName() + message + "); please report it");
    commandLine.getErr().flush();
    return PilotplanCli.EXIT_INPUT_ERROR;
  }
}
