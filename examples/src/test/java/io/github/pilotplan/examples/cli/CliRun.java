package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code pilotplan}: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Runs {@code new CommandLine(new PilotplanCli())} with {@code args}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = new CommandLine(new PilotplanCli())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** stdout parsed as JSON. */
  JsonNode json() {
    try {
      return MAPPER.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException("stdout is not JSON: " + out, e);
    }
  }

  /** The lines of stdout. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** The lines of stderr. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
