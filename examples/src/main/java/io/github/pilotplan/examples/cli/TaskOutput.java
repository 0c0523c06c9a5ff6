package io.github.pilotplan.examples.cli;

import io.github.pilotplan.examples.export.TaskSheet;
import io.github.pilotplan.model.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes the tasks that {@code tasks} and {@code ask} found, in the format asked for, to {@code
 * --out} or stdout. A workbook is bytes: it goes to {@code --out}, or to stdout when stdout is a
 * byte stream that is not a terminal; otherwise the command refuses before loading the plan.
 *
 * <pre>{@code
 * Optional<String> refusal = TaskOutput.refusal(format, output, parent);   // checked first
 * TaskOutput.write(tasks, format, output, parent, out);
 * }</pre>
 */
final class TaskOutput {

  private TaskOutput() {}

  /** Why {@code format} cannot be written where it would go, if it cannot. */
  /**
   * Whether the command must not run because its output cannot go where it is asked to (see
   * {@link #refusal}); when so, the reason is printed on {@code spec}'s error stream as one line.
   */
  static boolean refused(CommandSpec spec, TaskFormat format, OutputFile output, PilotplanCli parent) {
    Optional<String> refusal = refusal(format, output, parent);
    if (refusal.isPresent()) {
      spec.commandLine().getErr().println(PilotplanCli.NAME + ": " + refusal.get());
      spec.commandLine().getErr().flush();
    }
    return refusal.isPresent();
  }

  static Optional<String> refusal(TaskFormat format, OutputFile output, PilotplanCli parent) {
    if (format != TaskFormat.xlsx || output.given()) {
      return Optional.empty();
    }
    if (parent.stdoutIsTerminal()) {
      return Optional.of("not writing an xlsx workbook to a terminal; use --out FILE or redirect stdout");
    }
    if (parent.stdoutBytes().isEmpty()) {
      return Optional.of("stdout takes no bytes here; use --out FILE for an xlsx workbook");
    }
    return Optional.empty();
  }

  /** Writes {@code tasks} as {@code format} to {@code --out}, else to stdout. */
  static void write(List<Task> tasks, TaskFormat format, OutputFile output, PilotplanCli parent,
      PrintWriter out) {
    if (format == TaskFormat.xlsx) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TaskSheet.writeXlsx(tasks, bytes);
      if (output.given()) {
        output.write(bytes.toByteArray());
        return;
      }
      out.flush();
      OutputStream stdout = parent.stdoutBytes().orElseThrow();
      try {
        bytes.writeTo(stdout);
        stdout.flush();
      } catch (IOException e) {
        throw new OutputFile.OutputException("cannot write to stdout: " + OutputFile.reason(e));
      }
      return;
    }
    StringWriter text = new StringWriter();
    PrintWriter printer = new PrintWriter(text);
    switch (format) {
      case json:
        JsonOutput.print(TaskJson.of(tasks), printer);
        break;
      case csv:
        TaskSheet.writeCsv(tasks, printer);
        break;
      default:
        TaskTable.print(tasks, printer);
    }
    printer.flush();
    output.write(text.toString(), out);
  }
}
