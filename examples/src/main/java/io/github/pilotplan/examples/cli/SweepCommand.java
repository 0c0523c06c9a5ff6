package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pilotplan.InputTooLargeException;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.PlanReader;
import io.github.pilotplan.SweepReport;
import io.github.pilotplan.examples.export.TaskSheet;
import io.github.pilotplan.examples.files.FileFormat;
import io.github.pilotplan.examples.files.PlanFiles;
import io.github.pilotplan.examples.files.UnreadableFileException;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.UndecodableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan sweep DIR}: every plan under a directory, loaded a few at a time on every core
 * and dropped once written, as one table of all their tasks with the file each came from.
 *
 * <pre>{@code
 * pilotplan sweep plans/ > tasks.csv
 * pilotplan sweep plans/ --format json --out tasks.json
 * pilotplan sweep plans/ --list-skipped
 * # stderr: pilotplan: 1,204 files read, 3 skipped: 2 not a plan text, 1 undecodable; 23,873 tasks found
 * }</pre>
 *
 * <p>The files: every regular file under DIR at any depth, in path order, hidden ones (a name
 * starting with a dot) left out. Those named {@code .txt}, {@code .html}, {@code .htm}, {@code
 * .docx}, {@code .doc} or {@code .pdf} ({@link PlanFiles#EXTENSIONS}) are read, their format told
 * from their bytes; the others are skipped as "not a plan text". A file that cannot be read is
 * skipped with its reason and the sweep goes on. The table comes in file order and, within a file,
 * in document order, the same on every run. Memory stays bounded: a plan is dropped once its rows
 * are written ({@link PlanLoader#forEach}).
 *
 * <p>On stderr: a progress bar while the sweep runs, when stderr is a terminal; then one line
 * with the files read, the files skipped and why, and the tasks found. Exit 0 when the sweep ran
 * (also with files skipped), 1 when DIR cannot be read or the output cannot be written.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Load every plan under DIR (text, HTML, Word, PDF; recursively) and write all "
        + "their tasks as one table, a file column first.",
    footerHeading = "%nFormats:%n",
    footer = {
        "  csv    The 任务分解表 sheet of 'tasks --format csv' with a file column",
        "         first (the path under DIR); UTF-8 with a byte-order mark.",
        "  json   One array of the task objects of 'tasks --format json', each",
        "         with a \"file\" field first."})
final class SweepCommand implements Callable<Integer> {

  /** Why a file was skipped, in a word or two, for the report line. */
  static final String NOT_A_PLAN_TEXT = "not a plan text";

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory to sweep.")
  private Path directory;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private SweepFormat format;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "Load N files at once (default: one per processor).")
  private int parallelism;

  @Option(names = "--list-skipped",
      description = "Also say on stderr, a line each, which files were skipped and why.")
  private boolean listSkipped;

  @Mixin
  private OutputFile output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (parent.source().file().isPresent()) {
        throw new ParameterException(spec.commandLine(), "sweep reads DIR, not --file: leave out --file");
      }
      if (parallelism < 0) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--parallelism': must be a positive number but was " + parallelism);
      }
      PlanLoader standard = PlanLoader.standard().withMaxInputSize(parent.source().maxSize());
      PlanLoader loader = parallelism > 0 ? standard.withParallelism(parallelism) : standard;
      List<Path> all = files();
      output.check(java.util.Optional.empty());
      List<Path> plans = new ArrayList<>();
      List<Path> others = new ArrayList<>();
      for (Path p : all) {
        (PlanFiles.hasPlanExtension(p) ? plans : others).add(p);
      }
      SweepReport[] report = new SweepReport[1];
      try (Progress progress = Progress.of(parent.stderrIsTerminal(), err, plans.size())) {
        PlanReader<Path> reader = (file, l) -> {
          try {
            return PlanFiles.load(file, l);
          } finally {
            progress.step();
          }
        };
        output.stream(out, writer -> report[0] = sweep(loader, plans, reader, writer));
      }
      if (listSkipped) {
        for (Path p : others) {
          err.println(PilotplanCli.NAME + ": skipped " + relative(p) + ": " + NOT_A_PLAN_TEXT);
        }
        for (SweepReport.Failure f : report[0].failures()) {
          err.println(PilotplanCli.NAME + ": skipped " + relative(plans.get(f.index())) + ": " + detail(f.cause()));
        }
      }
      err.println(PilotplanCli.NAME + ": " + summary(report[0], others.size()));
      return PilotplanCli.EXIT_OK;
    } catch (OutputFile.OutputException e) {
      return fail(err, e.getMessage());
    } catch (StdoutFailed e) {
      StreamWriter.failureMessage(out).ifPresent(m -> err.println(PilotplanCli.NAME + ": " + m));
      return PilotplanCli.EXIT_INPUT_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The files under DIR, or a one-line failure. */
  private List<Path> files() {
    if (!Files.exists(directory)) {
      throw new OutputFile.OutputException("cannot read " + directory + ": no such directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new OutputFile.OutputException("cannot read " + directory
          + ": not a directory (for one file: pilotplan tasks --file " + directory + ")");
    }
    try {
      return PlanLoader.filesUnder(directory);
    } catch (IOException e) {
      throw new OutputFile.OutputException(ReadFailure.describe(directory.toString(), e));
    }
  }

  /** Loads the plans and writes their tasks to {@code writer}; stops if the writer fails. */
  private SweepReport sweep(PlanLoader loader, List<Path> plans, PlanReader<Path> reader, PrintWriter writer) {
    BiConsumer<Path, Plan> rows;
    Runnable end;
    if (format == SweepFormat.json) {
      JsonOutput.ArrayStream array = JsonOutput.startArray(writer);
      rows = (file, plan) -> {
        String name = relative(file);
        for (Task t : plan.allTasks()) {
          ObjectNode node = JsonOutput.object();
          node.put("file", name);
          node.setAll(TaskJson.of(t));
          array.add(node);
        }
      };
      end = array::end;
    } else {
      TaskSheet.CsvRows sheet = TaskSheet.csvRows(writer, "file");
      rows = (file, plan) -> {
        String name = relative(file);
        for (Task t : plan.allTasks()) {
          sheet.add(t, name);
        }
      };
      end = sheet::finish;
    }
    SweepReport report = loader.forEach(plans, reader, (file, plan) -> {
      rows.accept(file, plan);
      if (writer.checkError()) {
        throw new StdoutFailed();
      }
    });
    end.run();
    if (writer.checkError()) {
      throw new StdoutFailed();
    }
    return report;
  }

  /** The path under DIR, with {@code /} between names. */
  private String relative(Path file) {
    List<String> names = new ArrayList<>();
    directory.relativize(file).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  /**
   * {@code 7 files read, 3 skipped: 2 not a plan text, 1 undecodable; 245 tasks found}.
   */
  static String summary(SweepReport report, int notPlanText) {
    Map<String, Integer> why = new TreeMap<>();
    if (notPlanText > 0) {
      why.put(NOT_A_PLAN_TEXT, notPlanText);
    }
    for (SweepReport.Failure f : report.failures()) {
      why.merge(kind(f.cause()), 1, Integer::sum);
    }
    int skipped = notPlanText + report.failures().size();
    String reasons = why.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> String.format("%,d %s", e.getValue(), e.getKey()))
        .collect(Collectors.joining(", "));
    return String.format("%,d %s read, %,d skipped%s; %,d %s found", report.loaded(),
        report.loaded() == 1 ? "file" : "files", skipped, skipped == 0 ? "" : ": " + reasons,
        report.tasks(), report.tasks() == 1 ? "task" : "tasks");
  }

  /** Why a file could not be loaded, in a word or two. */
  static String kind(Throwable t) {
    if (t instanceof UndecodableInputException) {
      return "undecodable";
    }
    if (t instanceof InputTooLargeException) {
      return "too large";
    }
    if (t instanceof UnreadableFileException u) {
      return u.format() == FileFormat.DOC ? "old Word .doc" : "unreadable " + u.format().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NoSuchFileException) {
      return "vanished";
    }
    if (t instanceof IOException) {
      return "unreadable";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory";
    }
    if (t instanceof StackOverflowError) {
      return "stack overflow";
    }
    return "loader failure";
  }

  /** Why a file could not be loaded, in a sentence (for --list-skipped). */
  private static String detail(Throwable t) {
    if (t instanceof IOException e) {
      String described = ReadFailure.describe("", e);
      return described.substring("cannot read : ".length());
    }
    String message = t.getMessage();
    return kind(t) + (message == null || message.isBlank() ? "" : " (" + message.lines().findFirst().orElse("") + ")");
  }

  private static int fail(PrintWriter err, String message) {
    err.println(PilotplanCli.NAME + ": " + message);
    return PilotplanCli.EXIT_INPUT_ERROR;
  }

  /** Writing the table to stdout failed: the sweep stops. */
  private static final class StdoutFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StdoutFailed() {
      super("stdout cannot be written", null, false, false);
    }
  }

  /** A progress bar on stderr, or nothing. Safe to step from several threads. */
  interface Progress extends AutoCloseable {

    /** One more file done. */
    void step();

    @Override
    void close();

    /** A bar of {@code files} on {@code err} when it is a terminal, else nothing. */
    static Progress of(boolean terminal, PrintWriter err, int files) {
      if (!terminal) {
        return new Progress() {
          @Override
          public void step() {}

          @Override
          public void close() {}
        };
      }
      return ProgressLine.start(err, files);
    }
  }
}
