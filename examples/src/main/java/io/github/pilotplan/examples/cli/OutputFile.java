package io.github.pilotplan.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The option {@code --out FILE} of the commands that write a document (an iCalendar file, an SVG
 * picture): the document goes to FILE, UTF-8, or to stdout when there is no {@code --out}.
 *
 * <pre>{@code
 * // in a command:   @Mixin OutputFile output;
 * output.write(document, out);   // throws OutputException: "cannot write x/y.ics: no such directory"
 * }</pre>
 *
 * <p>FILE is never left half written: the document goes to a temporary file in FILE's directory
 * ({@code .NAME.*.tmp}), which is flushed to disk and then renamed over FILE in one step, so a
 * failed write (a full disk, a kill) leaves the previous FILE as it was. Replacing an existing
 * FILE keeps its permissions and says so on stderr ({@code pilotplan: replaced F}).
 *
 * <p>Refused, before the plan is loaded ({@link #check}), each with one line and exit code 1:
 * the input file itself ({@code --file plan.txt --out plan.txt}, also through another name or a
 * hard link), a directory, a symbolic link (renaming over it would replace the link, not the file
 * it points to: name that file instead), and anything that is not a regular file (a FIFO, which
 * would block until someone reads it, a device, a socket: leave out {@code --out} to write to
 * stdout).
 */
final class OutputFile {

  private static final Set<PosixFilePermission> READ_WRITE_ALL = PosixFilePermissions.fromString("rw-rw-rw-");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of stdout; FILE is replaced in one step, never "
          + "left half written. Refused: the input file, a symbolic link, anything but a regular file.")
  private Path file;

  /**
   * Refuses an {@code --out} this command will not write: see the class comment.
   *
   * @param input the {@code --file} being read, if any
   * @throws OutputException saying why
   */
  void check(Optional<Path> input) {
    if (file == null) {
      return;
    }
    if (Files.isSymbolicLink(file)) {
      throw refused("is a symbolic link (name the file it points to, or remove the link)");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw refused("is a directory");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw refused("is not a regular file (a FIFO, a device or a socket); leave out --out to "
          + "write to stdout");
    }
    if (input.isPresent() && Files.exists(input.get()) && sameFile(input.get())) {
      throw refused("is the input file (--file); choose another name");
    }
  }

  private boolean sameFile(Path input) {
    try {
      return Files.isSameFile(file, input);
    } catch (IOException e) {
      return false;
    }
  }

  private OutputException refused(String why) {
    return new OutputException("cannot write " + file + ": " + why);
  }

  /** Writes {@code document} to {@code --out}, or to {@code stdout} when it is not given. */
  void write(String document, PrintWriter stdout) {
    if (file == null) {
      stdout.print(document);
      stdout.flush();
      return;
    }
    writeFile(document.getBytes(StandardCharsets.UTF_8));
  }

  private void writeFile(byte[] bytes) {
    check(Optional.empty());
    boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    replace(file, out -> out.write(bytes));
    if (existed && mixee != null) {
      PrintWriter err = mixee.commandLine().getErr();
      err.println(PilotplanCli.NAME + ": replaced " + file);
      err.flush();
    }
  }

  /**
   * Writes what {@code content} prints to {@code --out}, replaced in one step as {@link
   * #write(String, PrintWriter)} does, or to {@code stdout} when it is not given: for a document
   * written as it is made (a sweep's table), never held whole.
   *
   * @throws OutputException if {@code --out} cannot be written, naming it and the reason
   */
  void stream(PrintWriter stdout, java.util.function.Consumer<PrintWriter> content) {
    if (file == null) {
      content.accept(stdout);
      stdout.flush();
      return;
    }
    check(Optional.empty());
    boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    replace(file, out -> {
      StreamWriter writer = new StreamWriter(out);
      try {
        content.accept(writer);
      } catch (RuntimeException e) {
        if (writer.checkError()) {
          // The content stopped because the file could not be written: that is the failure.
          throw new IOException(writer.failure().orElse("input/output error"), e);
        }
        throw e;
      }
      writer.flush();
      if (writer.checkError()) {
        throw new IOException(writer.failure().orElse("input/output error"));
      }
    });
    if (existed && mixee != null) {
      PrintWriter err = mixee.commandLine().getErr();
      err.println(PilotplanCli.NAME + ": replaced " + file);
      err.flush();
    }
  }

  /** Whether {@code --out} was given. */
  boolean given() {
    return file != null;
  }

  /**
   * Writes {@code bytes} (a workbook) to {@code --out}, which must be {@linkplain #given() given},
   * as {@link #write(String, PrintWriter)} writes a document: replaced in one step.
   */
  void write(byte[] bytes) {
    writeFile(bytes);
  }

  /** Writes the content of a file. */
  @FunctionalInterface
  interface Content {
    /** Writes everything to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} by what {@code content} writes, through a temporary file in the same
   * directory that is renamed over it once complete; on failure the temporary file is removed and
   * {@code target} is left as it was.
   *
   * @throws OutputException naming {@code target} and the reason
   */
  static void replace(Path target, Content content) {
    Path directory = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
      FileAttribute<?>[] attributes = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(READ_WRITE_ALL)}
          : new FileAttribute<?>[0];
      // Created with rw-rw-rw- less the umask, as any new file; an existing file's mode is kept.
      temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", attributes);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (posix && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + reason(e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the write failed already and says so; a stray temporary file is the lesser evil
        }
      }
    }
  }

  /** A write failure in words: "no such directory", "permission denied", "no space left on device". */
  static String reason(IOException e) {
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
