package io.github.pilotplan.examples.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of {@code sweep} on a terminal's stderr: {@code me.tongfei:progressbar}
 * drawing one line, redrawn in place ({@code \r}) a few times a second, ended by a line break.
 *
 * <pre>{@code
 * try (SweepCommand.Progress bar = ProgressLine.start(err, files.size())) {
 *   bar.step();   // from any thread
 * }
 * // sweep 100% │██████████████│ 1204/1204 files (0:00:12 / 0:00:00)
 * }</pre>
 */
final class ProgressLine implements SweepCommand.Progress {

  /** Columns to draw in: {@code $COLUMNS} when the shell exports it, else 80. */
  private static int width() {
    try {
      String columns = System.getenv("COLUMNS");
      int n = columns == null ? 80 : Integer.parseInt(columns.trim());
      return n >= 40 ? n - 1 : 79;
    } catch (NumberFormatException e) {
      return 79;
    }
  }

  private final ProgressBar bar;

  private ProgressLine(ProgressBar bar) {
    this.bar = bar;
  }

  /** Starts a bar of {@code files} files on {@code err}. */
  static ProgressLine start(PrintWriter err, int files) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("sweep")
        .setInitialMax(files)
        .setUnit(" files", 1)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setUpdateIntervalMillis(250)
        .setConsumer(new Consumer(err, width()))
        .build();
    return new ProgressLine(bar);
  }

  @Override
  public void step() {
    bar.step();
  }

  @Override
  public void close() {
    bar.close();
  }

  /** Draws the bar's line on the writer in place. */
  private static final class Consumer implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;

    Consumer(PrintWriter err, int width) {
      this.err = err;
      this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override
    public void close() {
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
  }
}
