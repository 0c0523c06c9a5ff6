package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Input that once gave a wrong answer or an "internal error": the largest --max-size, UTF-16,
 * invisible characters in a unit's name, escape sequences in the names a hint or an error prints.
 */
class HostileInputCliTest {

  @TempDir
  Path dir;

  private static final String PLAN = "(一)总则\n1、2011年前完成调查。(责任单位:市财政局)\n";

  @Test
  void theLargestSizeLimitThereIsReadsTheFile() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);

    CliRun run = CliRun.of("tasks", "--file", plan.toString(), "--max-size", "9223372036854775807",
        "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("2011年前完成调查。");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRead() throws Exception {
    Path plan = Files.write(dir.resolve("plan.txt"), PLAN.getBytes(StandardCharsets.UTF_16LE));

    CliRun run = CliRun.of("tasks", "--file", plan.toString(), "--owner", "市财政局", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("2011年前完成调查。");
  }

  @Test
  void utf16ThatBreaksItsByteOrderMarksPromiseIsOneLine() throws Exception {
    // FF FE, then a high surrogate (00 D8) followed by 'a' (61 00) instead of a low one: the
    // unpaired surrogate at offset 2 is the first bad byte.
    Path plan = Files.write(dir.resolve("plan.txt"),
        new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x61, 0x00});

    CliRun run = CliRun.of("tasks", "--file", plan.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("pilotplan: cannot read " + plan
        + ": the bytes are not UTF-16LE despite a UTF-16LE byte-order mark (first bad byte at offset 2)");
  }

  @Test
  void anOwnerWrittenWithInvisibleCharactersIsTheOwner() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"),
        "(一)总则\n1、2011年前完成调查。(责任单位:市\u200B财政局、\u200E市民政局\u2069)\n");

    CliRun run = CliRun.of("tasks", "--file", plan.toString(), "--owner", "市财政局", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("市财政局、市民政局");
  }

  @Test
  void anInternalErrorDoesNotPrintEscapeSequencesEither() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = PilotplanCli.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    int exit = new OneLineExceptionHandler().handleExecutionException(
        new IllegalStateException("bad name 市\u001B]0;owned\u0007财政局\nsecond line"), commandLine, null);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("pilotplan: internal error (IllegalStateException: "
        + "bad name 市\\u001B]0;owned\\u0007财政局); please report it");
  }

  @Test
  void aHintDoesNotPrintTheFilesEscapeSequences() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"),
        "(一)总则\n1、2011年前完成调查。(责任单位:市\u001B[2J财政局)\n");

    CliRun run = CliRun.of("tasks", "--file", plan.toString(), "--owner", "市才政局\u0007");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("\u001B").doesNotContain("\u0007");
    assertThat(run.errLines()).containsExactly(
        "pilotplan: no unit \"市才政局\\u0007\" in this plan; closest: 市\\u001B[2J财政局");
  }
}
