package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a sweep ({@link PlanLoader#forEach}) did: how many plans it handed over, how many tasks
 * they held, and every source it could not load, each with a one-line reason.
 *
 * <pre>{@code
 * SweepReport report = PlanLoader.standard().forEachFile(files, (file, plan) -> index(plan));
 * System.err.println(report);   // 1,204 plans (23,873 tasks), 2 failed
 * for (SweepReport.Failure f : report.failures()) {
 *   System.err.println(f.source() + ": " + f.reason());   // b.txt: neither UTF-8, GB18030 nor UTF-16 …
 * }
 * }</pre>
 *
 * <p>A report is immutable and safe to share between threads.
 */
public final class SweepReport {

  private final int loaded;
  private final long tasks;
  private final ImmutableList<Failure> failures;

  SweepReport(int loaded, long tasks, ImmutableList<Failure> failures) {
    this.loaded = loaded;
    this.tasks = tasks;
    this.failures = failures;
  }

  /** How many plans were loaded and handed to the action. */
  public int loaded() {
    return loaded;
  }

  /** How many tasks ({@link Plan#allTasks()}) those plans held together. */
  public long tasks() {
    return tasks;
  }

  /** The sources that could not be loaded, in the order they were given. */
  public ImmutableList<Failure> failures() {
    return failures;
  }

  /** How many sources the sweep took: loaded and failed. */
  public int sources() {
    return loaded + failures.size();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof SweepReport r && r.loaded == loaded && r.tasks == tasks
        && r.failures.equals(failures));
  }

  @Override
  public int hashCode() {
    return Objects.hash(loaded, tasks, failures);
  }

  /** The counts, e.g. {@code 1,204 plans (23,873 tasks), 2 failed}. */
  @Override
  public String toString() {
    return String.format("%,d plans (%,d tasks), %,d failed", loaded, tasks, failures.size());
  }

  /**
   * A source the sweep could not load: where it stands among the sources, what it is called, and
   * why it failed.
   *
   * <pre>{@code
   * f.source();   // "corpus/b.txt" (a path as given), or "#3" for the fourth of other sources
   * f.reason();   // one line: the exception's message
   * f.cause();    // the exception itself, e.g. an UndecodableInputException
   * }</pre>
   */
  public static final class Failure {
    private final int index;
    private final String source;
    private final Throwable cause;

    Failure(int index, Object source, Throwable cause) {
      Preconditions.checkArgument(index >= 0, "index must not be negative but was %s", index);
      this.index = index;
      this.source = source instanceof Path ? source.toString() : "#" + index;
      this.cause = Preconditions.checkNotNull(cause, "cause");
    }

    /** The position of the source among those given, from 0. */
    public int index() {
      return index;
    }

    /** The source's name: a path as given, or {@code #n} (its {@linkplain #index() index}). */
    public String source() {
      return source;
    }

    /** What went wrong. */
    public Throwable cause() {
      return cause;
    }

    /**
     * Why, on one line: the first line of the exception's message, or the exception's type when
     * it has none.
     */
    public String reason() {
      String message = cause.getMessage();
      if (message == null || message.isBlank()) {
        return cause instanceof OutOfMemoryError ? "out of memory"
            : cause instanceof StackOverflowError ? "stack overflow" : cause.getClass().getSimpleName();
      }
      int end = message.indexOf('\n');
      return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** Equal when they name the same source at the same index for the same reason. */
    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof Failure f && f.index == index && f.source.equals(source)
          && f.reason().equals(reason()) && f.cause.getClass() == cause.getClass());
    }

    @Override
    public int hashCode() {
      return Objects.hash(index, source, reason());
    }

    /** {@code source: reason}. */
    @Override
    public String toString() {
      return source + ": " + reason();
    }
  }
}
