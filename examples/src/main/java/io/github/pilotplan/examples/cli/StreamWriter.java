package io.github.pilotplan.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A UTF-8 {@link PrintWriter} on a byte stream (stdout, stderr) that remembers why writing failed.
 *
 * <pre>{@code
 * StreamWriter out = new StreamWriter(new FileOutputStream(FileDescriptor.out));
 * out.println("…");            // to /dev/full: no exception, as PrintWriter never throws
 * out.checkError();             // true
 * out.failure();                // Optional["no space left on device"]
 * }</pre>
 *
 * <p>A {@code PrintWriter} (and {@code System.out}) swallows every write error; a command that
 * printed its answer into a full disk or a closed pipe would exit 0. {@link PlanRun} and {@link
 * ProcessRun} ask {@link #checkError()} after the answer is written, and this class says why in
 * words. Lines are flushed as they are printed, so stdout and stderr interleave as written.
 */
final class StreamWriter extends PrintWriter {

  private final Recording recording;

  /** A writer on {@code stream}, flushed at every {@code println}. */
  StreamWriter(OutputStream stream) {
    this(new Recording(stream));
  }

  private StreamWriter(Recording recording) {
    super(new OutputStreamWriter(recording, StandardCharsets.UTF_8), true);
    this.recording = recording;
  }

  /**
   * The byte stream under this writer, for bytes that are not text (an xlsx workbook on stdout):
   * its failures are remembered too. Flush this writer before writing to it.
   */
  OutputStream bytes() {
    return recording;
  }

  /** Why the first write failed ("no space left on device"), if one did. */
  Optional<String> failure() {
    return Optional.ofNullable(recording.failure).map(OutputFile::reason);
  }

  /**
   * The line to print when writing to {@code out} failed ({@code cannot write to stdout: no space
   * left on device}), or empty when there is nothing to say: {@code out} did not fail, or its
   * reader went away ("broken pipe", as with {@code pilotplan tasks | head}), which tools
   * conventionally take in silence (the exit code still says it).
   */
  static Optional<String> failureMessage(PrintWriter out) {
    if (!out.checkError()) {
      return Optional.empty();
    }
    Optional<String> reason = out instanceof StreamWriter ? ((StreamWriter) out).failure() : Optional.empty();
    if (reason.filter(r -> r.equalsIgnoreCase("broken pipe")).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("cannot write to stdout" + reason.map(r -> ": " + r).orElse(""));
  }

  /** Passes writes through and keeps the first exception a write or flush threw. */
  private static final class Recording extends FilterOutputStream {

    private IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
