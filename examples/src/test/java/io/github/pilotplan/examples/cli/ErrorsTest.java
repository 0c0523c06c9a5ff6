package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the tool can fail: input it cannot read is one line on stderr and exit code 1; a bad
 * command line is picocli's message and usage on stderr and exit code 2; never a stack trace.
 */
class ErrorsTest {

  @TempDir
  Path dir;

  @Test
  void missingFile() {
    Path missing = dir.resolve("nope.txt");

    assertInputError(CliRun.of("tasks", "--file", missing.toString()),
        "pilotplan: cannot read " + missing + ": no such file");
  }

  @Test
  void directory() {
    assertInputError(CliRun.of("outline", "--file", dir.toString()),
        "pilotplan: cannot read " + dir + ": is a directory");
  }

  @Test
  void unreadableFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "(一)测试\n");
    assumeTrue(Files.getFileStore(secret).supportsFileAttributeView("posix"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "the user (root?) can read a file with no permissions");

    assertInputError(CliRun.of("units", "--file", secret.toString()),
        "pilotplan: cannot read " + secret + ": permission denied");
  }

  @Test
  void fileThatFailsWhileBeingRead() {
    // Reading /proc/self/mem from offset 0 fails with EIO, even for root.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem));

    assertInputError(CliRun.of("tasks", "--file", mem.toString()),
        "pilotplan: cannot read /proc/self/mem: input/output error");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030() throws Exception {
    // "abc", then 0xFF: no UTF-8 sequence and no GB18030 sequence starts with it.
    Path junk = Files.write(dir.resolve("junk.bin"),
        new byte[] {'a', 'b', 'c', (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81, 0x30});

    assertInputError(CliRun.of("tasks", "--file", junk.toString()),
        "pilotplan: cannot read " + junk
            + ": the bytes are neither UTF-8 nor GB18030 (first bad byte at offset 3)");
  }

  @Test
  void fileOverTheSizeLimit() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "(一)测试\n\n1、测试事项\n\n" + "很长的段落。".repeat(20));

    assertInputError(CliRun.of("tasks", "--file", big.toString(), "--max-size", "100"),
        "pilotplan: cannot read " + big
            + ": the file is larger than the limit of 100 bytes (raise it with --max-size)");
    assertThat(CliRun.of("tasks", "--file", big.toString(), "--max-size", "100000").exitCode()).isZero();
  }

  @Test
  void emptyFileIsAPlanWithoutTasks() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    CliRun run = CliRun.of("tasks", "--file", empty.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void yearThatIsNotANumber() {
    CliRun run = CliRun.of("tasks", "--due", "abc");

    assertUsageError(run, "Invalid value for option '--due': 'abc' is not an int");
    assertThat(run.err()).contains("Usage: pilotplan tasks");
  }

  @Test
  void unknownFormat() {
    CliRun run = CliRun.of("tasks", "--format", "xml");

    assertUsageError(run,
        "Invalid value for option '--format': expected one of [table, json, csv, xlsx] (case-sensitive) but was 'xml'");
  }

  @Test
  void unknownOption() {
    assertUsageError(CliRun.of("units", "--colour"), "Unknown option: '--colour'");
  }

  @Test
  void sizeLimitThatIsNotPositive() {
    assertUsageError(CliRun.of("tasks", "--max-size", "0"),
        "Invalid value for option '--max-size': must be a positive number of bytes but was 0");
  }

  @Test
  void calendarAndTimelineReportUnreadableInputTheSameWay() {
    Path missing = dir.resolve("nope.txt");

    assertInputError(CliRun.of("calendar", "--file", missing.toString()),
        "pilotplan: cannot read " + missing + ": no such file");
    assertInputError(CliRun.of("timeline", "--file", dir.toString()),
        "pilotplan: cannot read " + dir + ": is a directory");
  }

  @Test
  void outFileInADirectoryThatDoesNotExist() {
    Path out = dir.resolve("no-such-dir").resolve("plan.ics");

    assertInputError(CliRun.of("calendar", "--out", out.toString()),
        "pilotplan: cannot write " + out + ": no such directory");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void outFileThatIsADirectory() {
    assertInputError(CliRun.of("timeline", "--out", dir.toString()),
        "pilotplan: cannot write " + dir + ": is a directory");
  }

  @Test
  void outWithoutAFile() {
    assertUsageError(CliRun.of("calendar", "--out"), "Missing required parameter for option '--out' (FILE)");
  }

  @Test
  void unknownOptionOfTimeline() {
    CliRun run = CliRun.of("timeline", "--format", "png");

    assertUsageError(run, "Unknown options: '--format', 'png'");
    assertThat(run.err()).contains("Usage: pilotplan timeline");
  }

  @Test
  void theRunnableCommandLineReportsInputErrorsTheSameWay() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = PilotplanCli.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("--file", dir.resolve("nope.txt").toString());

    assertThat(exit).isEqualTo(PilotplanCli.EXIT_INPUT_ERROR);
    assertThat(err.toString().lines()).containsExactly(
        "pilotplan: cannot read " + dir.resolve("nope.txt") + ": no such file");
  }

  @Test
  void anUnexpectedExceptionIsOneLineToo() {
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        PilotplanCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));

    int exit = new OneLineExceptionHandler().handleExecutionException(
        new IllegalStateException("boom\n\tat somewhere"), commandLine, null);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("pilotplan: internal error (IllegalStateException: boom); please report it");
  }

  private static void assertInputError(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(message);
    assertNoStackTrace(run);
  }

  private static void assertUsageError(CliRun run, String firstLine) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).isEqualTo(firstLine);
    assertThat(run.err()).contains("Usage: pilotplan");
    assertNoStackTrace(run);
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
