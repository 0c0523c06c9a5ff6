package io.github.pilotplan.internal.annotate;

import com.google.common.base.Preconditions;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the parts of one job on up to {@link #threads()} threads: on the {@link Executor} given, or
 * on daemon threads of its own, the calling thread always among them.
 *
 * <pre>{@code
 * Workers.of(2, Optional.empty()).run(8, part -> annotate(chunks.get(part)));
 * }</pre>
 *
 * <p>Each thread takes the next part not yet taken until none is left, and the caller waits only for
 * parts that a running thread took: an executor that is busy, saturated or refuses the work (one
 * that runs the caller itself, say) only means that the caller does more parts, never that it waits
 * for work nobody started.
 */
public final class Workers {

  /** One thread: the caller's. */
  public static final Workers SEQUENTIAL = new Workers(1, Optional.empty());

  private final int threads;
  private final Optional<Executor> executor;

  private Workers(int threads, Optional<Executor> executor) {
    this.threads = threads;
    this.executor = executor;
  }

  /**
   * Up to {@code threads} threads, the others than the caller's on {@code executor} or, when it is
   * empty, started for each job and gone when it ends.
   *
   * @throws IllegalArgumentException if {@code threads} is not positive
   */
  public static Workers of(int threads, Optional<Executor> executor) {
    Preconditions.checkArgument(threads > 0, "threads must be positive but was %s", threads);
    Preconditions.checkNotNull(executor, "executor");
    return threads == 1 ? SEQUENTIAL : new Workers(threads, executor);
  }

  /** How many threads a job may use, the caller's included. */
  public int threads() {
    return threads;
  }

  /**
   * Calls {@code part} for each of {@code 0 … parts - 1}, each once, and returns when all have
   * returned. A part that throws does not stop the others; the first failure is thrown here
   * afterwards (an unchecked exception or error as it was).
   */
  public void run(int parts, IntConsumer part) {
    Preconditions.checkArgument(parts >= 0, "parts must not be negative but was %s", parts);
    Preconditions.checkNotNull(part, "part");
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(parts);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < parts; i = next.getAndIncrement()) {
        try {
          part.accept(i);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          done.countDown();
        }
      }
    };
    int helpers = Math.min(threads, parts) - 1;
    for (int h = 0; h < helpers; h++) {
      if (executor.isPresent()) {
        try {
          executor.get().execute(worker);
        } catch (RejectedExecutionException e) {
          break; // the caller does the parts nobody else takes
        }
      } else {
        Thread t = new Thread(worker, "pilotplan-annotate-" + h);
        t.setDaemon(true);
        t.start();
      }
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await(); // only parts that a running thread took are left
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
