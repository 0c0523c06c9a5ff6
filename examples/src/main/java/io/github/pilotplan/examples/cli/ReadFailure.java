package io.github.pilotplan.examples.cli;

import io.github.pilotplan.InputTooLargeException;
import io.github.pilotplan.UndecodableInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says in one line why a file could not be read, from the exception the loader gave.
 *
 * <pre>{@code
 * ReadFailure.describe("nope.txt", new NoSuchFileException("nope.txt"));
 * // "cannot read nope.txt: no such file"
 * ReadFailure.describe("page.bin", undecodableAtOffset3);
 * // "cannot read page.bin: the bytes are neither UTF-8 nor GB18030 (first bad byte at offset 3)"
 * }</pre>
 */
final class ReadFailure {

  private ReadFailure() {}

  /** {@code cannot read FILE: REASON}. */
  static String describe(String file, IOException e) {
    return "cannot read " + file + ": " + reason(e);
  }

  /** {@code cannot read FILE: is a directory}. */
  static String directory(String file) {
    return "cannot read " + file + ": is a directory";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof UndecodableInputException) {
      return "the bytes are " + ((UndecodableInputException) e).problem() + " (first bad byte at offset "
          + ((UndecodableInputException) e).byteOffset() + ")";
    }
    if (e instanceof InputTooLargeException) {
      return "the file is larger than the limit of " + ((InputTooLargeException) e).limit()
          + " bytes (raise it with --max-size)";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return lowerFirst(((FileSystemException) e).getReason());
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : lowerFirst(e.getMessage());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
