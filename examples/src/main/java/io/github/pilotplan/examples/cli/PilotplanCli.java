package io.github.pilotplan.examples.cli;

import io.github.pilotplan.examples.cli.PlanRun.Action;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code pilotplan} command-line tool: asks a pilot plan (试点方案) who must do what by when.
 *
 * <pre>{@code
 * $ java -jar pilotplan.jar                                   # summary of the bundled seed page
 * $ java -jar pilotplan.jar tasks --owner 财政局 --due 2011    # the headline query, as a table
 * $ java -jar pilotplan.jar tasks --town 黄江 --format json
 * $ java -jar pilotplan.jar ask "tasks owned by 市财政局 due 2011"
 * $ java -jar pilotplan.jar tasks --overdue-on 2011-01-01 --format xlsx --out 任务分解表.xlsx
 * $ java -jar pilotplan.jar outline --file page2.txt
 * $ java -jar pilotplan.jar units --format csv > units.csv
 * $ java -jar pilotplan.jar calendar --owner 财政局 --out 财政局.ics
 * $ java -jar pilotplan.jar timeline --out timeline.svg
 * $ java -jar pilotplan.jar serve --port 8080                 # the supervision page
 * $ java -jar pilotplan.jar sweep plans/ --format csv > tasks.csv   # every plan under plans/
 * }</pre>
 *
 * <p>In a program or a test, run it in-process:
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * int exit = new CommandLine(new PilotplanCli())
 *     .setOut(new PrintWriter(out))
 *     .setErr(new PrintWriter(new StringWriter()))
 *     .execute("tasks", "--owner", "市财政局", "--due", "2011", "--format", "json");
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} success (also when nothing matches), {@value #EXIT_INPUT_ERROR}
 * the input cannot be read, the {@code --out} file cannot be written, stdout cannot be written or
 * memory runs out (one line on stderr names the file and the reason), {@value
 * #EXIT_USAGE_ERROR} a bad command line (picocli's message and the usage on stderr). Output is
 * always UTF-8.
 */
@Command(name = PilotplanCli.NAME, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads a Chinese government pilot plan (试点方案) and answers who must do what by when.",
        "Without a command, prints a summary of the plan."},
    subcommands = {TasksCommand.class, AskCommand.class, OutlineCommand.class, UnitsCommand.class,
        CalendarCommand.class, TimelineCommand.class, ServeCommand.class, SweepCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success, also when no task matches.",
        "1:The input cannot be read (missing, a directory, unreadable, too large, or neither "
            + "UTF-8, GB18030 nor UTF-16), the --out file is refused or cannot be written, stdout "
            + "cannot be written, or the heap or stack runs out.",
        "2:Invalid command line, or a query (ask, tasks --query) that cannot be read."})
public final class PilotplanCli implements Callable<Integer> {

  /** The command's name, also the prefix of every message on stderr. */
  public static final String NAME = "pilotplan";

  /** Exit code: success. */
  public static final int EXIT_OK = 0;

  /** Exit code: the input cannot be read. */
  public static final int EXIT_INPUT_ERROR = 1;

  /** Exit code: invalid command line. */
  public static final int EXIT_USAGE_ERROR = CommandLine.ExitCode.USAGE;

  @Spec
  private CommandSpec spec;

  @Mixin
  private PlanSource source;

  /** Where a workbook goes on stdout, when stdout is a byte stream; empty in-process. */
  private final Optional<OutputStream> stdoutBytes;
  private final boolean stdoutIsTerminal;
  private final boolean stderrIsTerminal;

  /**
   * A command ready for {@link CommandLine}; see the class comment. Its stdout is the writer given
   * to {@link CommandLine#setOut}, so it writes no workbook to stdout (use {@code --out}).
   */
  public PilotplanCli() {
    this(Optional.empty(), false, false);
  }

  private PilotplanCli(Optional<OutputStream> stdoutBytes, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
    this.stdoutBytes = stdoutBytes;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /**
   * Runs the tool with UTF-8 stdout and stderr and exits with its exit code.
   *
   * @param args the command line, e.g. {@code tasks --owner 财政局 --due 2011}
   */
  public static void main(String[] args) {
    // The file descriptors themselves, not System.out, which would swallow a failed write.
    Console console = System.console();
    System.exit(ProcessRun.run(args, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), isTerminal(console), stderrIsTerminal(console)));
  }

  /**
   * The command line {@link #main} runs: this command writing to {@code out} and {@code err}, with
   * an execution-exception handler that prints one line instead of a stack trace.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return new CommandLine(new PilotplanCli())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(new OneLineExceptionHandler());
  }

  /**
   * The command line {@link #main} runs, with the byte stream under {@code out} (where an xlsx
   * workbook goes when there is no {@code --out}) and whether that stream is a terminal (then a
   * workbook is refused).
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, OutputStream stdoutBytes,
      boolean stdoutIsTerminal) {
    return commandLine(out, err, stdoutBytes, stdoutIsTerminal, false);
  }

  /**
   * As {@link #commandLine(PrintWriter, PrintWriter, OutputStream, boolean)}, also telling
   * whether stderr is a terminal (then {@code sweep} draws a progress bar there).
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, OutputStream stdoutBytes,
      boolean stdoutIsTerminal, boolean stderrIsTerminal) {
    return new CommandLine(new PilotplanCli(Optional.of(stdoutBytes), stdoutIsTerminal, stderrIsTerminal))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(new OneLineExceptionHandler());
  }

  /**
   * Whether the JVM's console is a terminal: on Java 17 a console exists only when stdin and
   * stdout are both terminals; from Java 22 it may exist anyway, and {@code isTerminal()} says.
   */
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Whether stderr is a terminal: on Linux, whether file descriptor 2 is a terminal device
   * ({@code /proc/self/fd/2} links to {@code /dev/pts/…} or {@code /dev/tty…}), so that {@code
   * sweep DIR > tasks.csv} still shows its progress; elsewhere, whether the JVM has a console.
   */
  private static boolean stderrIsTerminal(Console console) {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // no /proc to ask: the console decides
    }
    return isTerminal(console);
  }

  /** Prints the summary of the plan. */
  @Override
  public Integer call() {
    Action summary = (plan, out, err) -> SummaryReport.print(plan, out);
    return PlanRun.run(spec, source, summary);
  }

  /** Where the plan comes from, shared with the subcommands. */
  PlanSource source() {
    return source;
  }

  /** The byte stream under stdout, where there is one. */
  Optional<OutputStream> stdoutBytes() {
    return stdoutBytes;
  }

  /** Whether stdout is a terminal. */
  boolean stdoutIsTerminal() {
    return stdoutIsTerminal;
  }

  /** Whether stderr is a terminal. */
  boolean stderrIsTerminal() {
    return stderrIsTerminal;
  }
}
