package io.github.pilotplan.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code PilotplanCli.main} in a JVM of its own, as {@code java -jar pilotplan.jar}
 * runs it (the same classes, from the test's class path), through {@code sh} so that stdout can be
 * sent to {@code /dev/full} or closed.
 */
record ForkedCli(int exitCode, String out, String err) {

  /**
   * Runs {@code sh -c 'exec java JVM_OPTIONS -cp … PilotplanCli ARGS REDIRECT'}; {@code redirect}
   * is shell syntax such as {@code >/dev/full} or {@code >&-}, or empty.
   */
  static ForkedCli run(List<String> jvmOptions, String redirect, Path workDir, String... args) {
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.addAll(jvmOptions);
    java.add("-cp");
    java.add(System.getProperty("java.class.path"));
    java.add(PilotplanCli.class.getName());
    java.addAll(List.of(args));
    StringBuilder command = new StringBuilder("exec");
    for (String word : java) {
      command.append(" '").append(word.replace("'", "'\\''")).append('\'');
    }
    command.append(' ').append(redirect);
    try {
      Path out = workDir.resolve("forked.out");
      Path err = workDir.resolve("forked.err");
      Process p = new ProcessBuilder("sh", "-c", command.toString())
          .directory(workDir.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the forked run did not end in 120 s: " + command);
      }
      return new ForkedCli(p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The lines of stderr. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
