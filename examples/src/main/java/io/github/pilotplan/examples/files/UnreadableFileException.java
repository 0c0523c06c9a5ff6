package io.github.pilotplan.examples.files;

import java.io.IOException;

/**
 * A plan file whose format is known but whose content cannot be read: a damaged {@code .docx} or
 * PDF, an encrypted PDF, an old binary {@code .doc}. The message says which and why, in one line.
 *
 * <pre>{@code
 * try { PlanFiles.load(path); } catch (UnreadableFileException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class UnreadableFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final FileFormat format;

  /** An unreadable file of {@code format}, with a one-line reason. */
  public UnreadableFileException(FileFormat format, String message, Throwable cause) {
    super(message == null ? null : message.lines().findFirst().orElse("").strip(), cause);
    this.format = format;
  }

  /** The format the bytes were taken for. */
  public FileFormat format() {
    return format;
  }
}
