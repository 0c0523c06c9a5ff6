package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out}: the file is replaced in one step or not at all; the input file, a symbolic link
 * and anything but a regular file are refused with one line and exit code 1; replacing a file says
 * so.
 */
class OutFileTest {

  @TempDir
  Path dir;

  private static final String PLAN = "(一)总则\n1、2011年前完成调查。(责任单位:市财政局)\n";

  @Test
  void theInputFileItselfIsRefused() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);

    CliRun run = CliRun.of("timeline", "--file", plan.toString(), "--out", plan.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("pilotplan: cannot write " + plan + ": is the input file (--file); choose another name");
    assertThat(Files.readString(plan)).isEqualTo(PLAN);
  }

  @Test
  void theInputFileUnderAnotherNameIsRefused() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);
    Path hardLink = Files.createLink(dir.resolve("same.txt"), plan);
    Path viaDots = dir.resolve("sub").resolve("..").resolve("plan.txt");
    Files.createDirectory(dir.resolve("sub"));

    assertThat(CliRun.of("calendar", "--file", plan.toString(), "--out", hardLink.toString()).errLines())
        .containsExactly("pilotplan: cannot write " + hardLink + ": is the input file (--file); choose another name");
    assertThat(CliRun.of("calendar", "--file", plan.toString(), "--out", viaDots.toString()).exitCode())
        .isEqualTo(1);
    assertThat(Files.readString(plan)).isEqualTo(PLAN);
  }

  @Test
  void aSymbolicLinkIsRefusedAndItsTargetLeftAlone() throws Exception {
    Path target = Files.writeString(dir.resolve("target.svg"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.svg"), target);

    CliRun run = CliRun.of("timeline", "--out", link.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("pilotplan: cannot write " + link
        + ": is a symbolic link (name the file it points to, or remove the link)");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("old");
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAReader() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");

    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("timeline", "--out", fifo.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("pilotplan: cannot write " + fifo
        + ": is not a regular file (a FIFO, a device or a socket); leave out --out to write to stdout");
  }

  @Test
  void aNewFileIsWrittenInSilence() throws Exception {
    Path svg = dir.resolve("timeline.svg");

    CliRun run = CliRun.of("timeline", "--out", svg.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("</svg>");
    assertThat(filesIn(dir)).containsExactly("timeline.svg");
  }

  @Test
  void replacingAFileSaysSoAndKeepsItsPermissions() throws Exception {
    Path ics = Files.writeString(dir.resolve("plan.ics"), "old");
    boolean posix = Files.getFileStore(ics).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(ics, PosixFilePermissions.fromString("rw-r-----"));
    }

    CliRun run = CliRun.of("calendar", "--out", ics.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).containsExactly("pilotplan: replaced " + ics);
    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ics))).isEqualTo("rw-r-----");
    }
    assertThat(filesIn(dir)).containsExactly("plan.ics");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousFile() throws Exception {
    Path svg = Files.writeString(dir.resolve("timeline.svg"), "the good old picture");

    assertThatThrownBy(() -> OutputFile.replace(svg, out -> {
      out.write("<svg>half a pic".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("No space left on device");
    }))
        .isInstanceOf(OutputFile.OutputException.class)
        .hasMessage("cannot write " + svg + ": no space left on device");

    assertThat(Files.readString(svg)).isEqualTo("the good old picture");
    assertThat(filesIn(dir)).containsExactly("timeline.svg");
  }

  @Test
  void aFileInTheWorkingDirectory() throws Exception {
    // A bare name has no parent; the temporary file goes to the working directory, as the file.
    Path bare = Path.of("pilotplan-out-file-test-" + ProcessHandle.current().pid() + ".svg");
    try {
      OutputFile.replace(bare, out -> out.write('x'));
      assertThat(Files.readString(bare)).isEqualTo("x");
    } finally {
      Files.deleteIfExists(bare);
    }
  }

  private static Stream<String> filesInStream(Path dir) throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
  }

  private static java.util.List<String> filesIn(Path dir) throws IOException {
    try (Stream<String> s = filesInStream(dir)) {
      return s.toList();
    }
  }
}
