package io.github.pilotplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The option {@code --out FILE} of the commands that write a document (an iCalendar file, an SVG
 * picture): the document goes to FILE, UTF-8, or to stdout when there is no {@code --out}.
 *
 * <pre>{@code
 * // in a command:   @Mixin OutputFile output;
 * output.write(document, out);   // throws OutputException: "cannot write x/y.ics: no such directory"
 * }</pre>
 *
 * <p>The document is complete before anything is written, so a failure never leaves half a file
 * on stdout.
 */
final class OutputFile {

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of stdout.")
  private Path file;

  /** Writes {@code document} to {@code --out}, or to {@code stdout} when it is not given. */
  void write(String document, PrintWriter stdout) {
    if (file == null) {
      stdout.print(document);
      stdout.flush();
      return;
    }
    if (Files.isDirectory(file)) {
      throw new OutputException("cannot write " + file + ": is a directory");
    }
    try {
      Files.writeString(file, document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + ": " + reason(e));
    }
  }

  /** Whether {@code --out} was given. */
  boolean given() {
    return file != null;
  }

  /** Writes {@code bytes} (a workbook) to {@code --out}, which must be {@linkplain #given() given}. */
  void write(byte[] bytes) {
    if (Files.isDirectory(file)) {
      throw new OutputException("cannot write " + file + ": is a directory");
    }
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + ": " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return lowerFirst(((FileSystemException) e).getReason());
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : lowerFirst(e.getMessage());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The output file cannot be written; the message says why and names the file. {@link PlanRun}
   * prints it as one line and exits with {@link PilotplanCli#EXIT_INPUT_ERROR}.
   */
  static final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }
}
