package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.examples.files.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Where the plan comes from: the options {@code --file} and {@code --max-size}, shared by every
 * command (they may be given before or after the command name), and the loading itself.
 *
 * <pre>{@code
 * // in the top command:   @Mixin PlanSource source;
 * Plan plan = source.load();   // the bundled seed, or --file: text, HTML, .docx or PDF
 * }</pre>
 *
 * <p>Every way a file can fail to load becomes a {@link PlanInputException} with a one-line
 * message that names the file; a bad {@code --max-size} is a usage error.
 */
final class PlanSource {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--file", paramLabel = "PATH", scope = ScopeType.INHERIT,
      description = "The plan to read: text (UTF-8, with or without a byte-order mark, or GB18030), "
          + "an HTML page, a Word .docx or a PDF, told apart by their content. "
          + "Default: the bundled seed page.")
  private Path file;

  private long maxSize = PlanLoader.DEFAULT_MAX_INPUT_SIZE;

  @Option(names = "--max-size", paramLabel = "BYTES", scope = ScopeType.INHERIT,
      defaultValue = "" + PlanLoader.DEFAULT_MAX_INPUT_SIZE,
      description = "Refuse a --file larger than BYTES (default: ${DEFAULT-VALUE}).")
  private void setMaxSize(long bytes) {
    if (bytes <= 0) {
      throw new ParameterException(mixee.commandLine(),
          "Invalid value for option '--max-size': must be a positive number of bytes but was " + bytes);
    }
    this.maxSize = bytes;
  }

  /** The {@code --file} to read, if one is given. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The {@code --max-size} cap, in bytes. */
  long maxSize() {
    return maxSize;
  }

  /**
   * What the plan is read from, for a message: {@code F (12 MB)}, or {@code the bundled seed}.
   */
  String describe() {
    if (file == null) {
      return "the bundled seed";
    }
    try {
      long bytes = Files.size(file);
      String size = bytes < 1024 ? bytes + " bytes"
          : bytes < 1 << 20 ? bytes / 1024 + " KB" : bytes / (1 << 20) + " MB";
      return file + " (" + size + ")";
    } catch (IOException | RuntimeException e) {
      return file.toString();
    }
  }

  /**
   * The plan in {@code --file}, or the bundled seed page when there is none.
   *
   * @throws PlanInputException if the file is missing, a directory, unreadable, too large, or
   *     neither UTF-8 nor GB18030
   */
  Plan load() throws PlanInputException {
    if (file == null) {
      return PlanLoader.seed();
    }
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new PlanInputException(ReadFailure.directory(name));
    }
    try {
      return PlanFiles.load(file, PlanLoader.standard().withMaxInputSize(maxSize));
    } catch (IOException e) {
      throw new PlanInputException(ReadFailure.describe(name, e));
    }
  }
}
