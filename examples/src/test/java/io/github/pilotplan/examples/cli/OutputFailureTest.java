package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An answer that cannot be written is a failure: one line on stderr and exit code 1, never exit 0
 * with the answer lost; and running out of heap or stack is one line too, never a stack trace.
 * Run through {@link ProcessRun}, which {@code PilotplanCli.main} runs, or through {@code main}
 * itself in a JVM of its own.
 */
class OutputFailureTest {

  @TempDir
  Path dir;

  private static final Path DEV_FULL = Path.of("/dev/full");

  /** Runs the tool on the given stdout; returns {exit code, stderr}. */
  private static Object[] run(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ProcessRun.run(args, stdout, err);
    return new Object[] {exit, err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void stdoutOnAFullDevice() throws Exception {
    assumeTrue(Files.exists(DEV_FULL), "no /dev/full");
    try (OutputStream full = new FileOutputStream(DEV_FULL.toFile())) {
      Object[] r = run(full, "tasks", "--format", "csv");

      assertThat(r[0]).isEqualTo(1);
      assertThat(((String) r[1]).lines())
          .containsExactly("pilotplan: cannot write to stdout: no space left on device");
    }
  }

  @Test
  void stdoutThatIsClosed() throws Exception {
    OutputStream closed = new FileOutputStream(dir.resolve("closed").toFile());
    closed.close();

    Object[] r = run(closed, "units");

    assertThat(r[0]).isEqualTo(1);
    assertThat(((String) r[1]).lines()).singleElement().asString()
        .startsWith("pilotplan: cannot write to stdout: ");
  }

  @Test
  void aDiskThatFillsUpInTheMiddleOfTheAnswer() {
    // Takes the first 2,000 bytes of the 任务分解表 (about 8 KB for the seed), then is full.
    ByteArrayOutputStream taken = new ByteArrayOutputStream();
    OutputStream fillsUp = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        int room = 2_000 - taken.size();
        taken.write(b, off, Math.min(room, len));
        if (len > room) {
          throw new IOException("No space left on device");
        }
      }
    };

    Object[] r = run(fillsUp, "tasks", "--format", "csv");

    assertThat(r[0]).isEqualTo(1);
    assertThat(((String) r[1]).lines())
        .containsExactly("pilotplan: cannot write to stdout: no space left on device");
    assertThat(taken.size()).isEqualTo(2_000);
  }

  @Test
  void helpToAFullDeviceFailsToo() throws Exception {
    assumeTrue(Files.exists(DEV_FULL), "no /dev/full");
    try (OutputStream full = new FileOutputStream(DEV_FULL.toFile())) {
      Object[] r = run(full, "--help");

      assertThat(r[0]).isEqualTo(1);
      assertThat(((String) r[1]).lines())
          .containsExactly("pilotplan: cannot write to stdout: no space left on device");
    }
  }

  @Test
  void aReaderThatWentAwayIsExitOneInSilence() {
    // As with `pilotplan tasks | head -1`: the JVM gets EPIPE where C tools die of SIGPIPE.
    OutputStream pipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };

    Object[] r = run(pipe, "tasks");

    assertThat(r[0]).isEqualTo(1);
    assertThat((String) r[1]).isEmpty();
  }

  @Test
  void aStdoutThatWorksIsExitZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Object[] r = run(out, "units", "--format", "csv");

    assertThat(r[0]).isEqualTo(0);
    assertThat((String) r[1]).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("市财政局");
  }

  @Test
  void outOfMemoryIsOneLineThatNamesTheFile() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.txt"), "1、2011年前完成调查。(责任单位:市财政局)\n");
    StringWriter err = new StringWriter();
    CommandLine commandLine = PilotplanCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    commandLine.parseArgs("--file", plan.toString());
    PlanSource source = ((PilotplanCli) commandLine.getCommand()).source();

    int exit = PlanRun.run(commandLine.getCommandSpec(), source, (p, out, e) -> {
      long[] huge = new long[Integer.MAX_VALUE - 8];   // more than any heap the tests run with
      out.println(huge.length);
    });

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("pilotplan: out of memory reading " + plan + " (57 bytes) (heap ")
        .endsWith(" MB); raise the heap with -Xmx or lower --max-size");
  }

  @Test
  void stackOverflowIsOneLine() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = PilotplanCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    commandLine.parseArgs();
    PlanSource source = ((PilotplanCli) commandLine.getCommand()).source();

    int exit = PlanRun.run(commandLine.getCommandSpec(), source, (p, out, e) -> out.println(depth(0)));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("pilotplan: stack overflow reading the bundled seed; "
        + "please report it (a larger stack, e.g. -Xss16m, may get past it)");
  }

  private static int depth(int n) {
    return depth(n + 1) + 1;
  }

  // The process itself: main on the file descriptors, in a JVM of its own.

  @Test
  void mainWithStdoutOnAFullDevice() {
    assumeTrue(Files.exists(DEV_FULL), "no /dev/full");

    ForkedCli run = ForkedCli.run(List.of(), ">/dev/full", dir, "tasks", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("pilotplan: cannot write to stdout: no space left on device");
  }

  @Test
  void mainWithStdoutClosed() {
    ForkedCli run = ForkedCli.run(List.of(), ">&-", dir, "tasks", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("pilotplan: cannot write to stdout: bad file descriptor");
  }

  @Test
  void mainOutOfMemoryAtTheSmallestHeapIsOneLine() throws Exception {
    // 2 MB of 一、 lines, the shape that needs the most heap, in a 16 MB heap.
    Path headings = Files.writeString(dir.resolve("headings.txt"), "一、总则\n".repeat(160_000));

    ForkedCli run = ForkedCli.run(List.of("-Xmx16m"), "", dir, "--file", headings.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("pilotplan: out of memory reading " + headings + " (1 MB) (heap ")
        .endsWith("MB); raise the heap with -Xmx or lower --max-size");
  }
}
