package io.github.pilotplan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a loading step over a sequence of sources on several threads and hands the outcomes back
 * on the calling thread, one at a time, in the order of the sources — so that the result is the
 * sequential one, whatever the threads did. At most {@code 8 × parallelism} sources are loading
 * or loaded and waiting for their turn at once: memory stays bounded however long the sequence.
 *
 * <pre>{@code
 * OrderedLoading.run(files.iterator(), file -> loader.load(file), 2, Optional.empty(),
 *     outcome -> outcome.plan().ifPresent(plans::add));
 * }</pre>
 *
 * <p>With parallelism 1 everything runs on the calling thread. Otherwise the work goes to the
 * given executor, or to the calling thread and a pool of {@code parallelism - 1} daemon threads
 * started for this one run and shut down when it ends.
 */
final class OrderedLoading {

  /** One loading step: a source to its result. */
  @FunctionalInterface
  interface Step<S, R> {
    R apply(S source) throws Exception;
  }

  /** A source and what loading it gave: a result, or what it threw. */
  static final class Outcome<S, R> {
    final int index;
    final S source;
    final R result;
    final Throwable failure;

    private Outcome(int index, S source, R result, Throwable failure) {
      this.index = index;
      this.source = source;
      this.result = result;
      this.failure = failure;
    }

    boolean failed() {
      return failure != null;
    }
  }

  /** What the caller does with each outcome, on the calling thread, in order. */
  @FunctionalInterface
  interface Sink<S, R> {
    void accept(Outcome<S, R> outcome) throws Exception;
  }

  /**
   * Sources in flight per thread: enough that the threads stay busy through the calling thread's
   * wake-up (milliseconds on a loaded machine) when each source takes a fraction of a millisecond.
   */
  static final int WINDOW_PER_THREAD = 8;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private OrderedLoading() {}

  /**
   * Loads every source of {@code sources} with {@code step} and hands each outcome to {@code sink}
   * in order. A step's exception (and its {@link OutOfMemoryError} or {@link StackOverflowError})
   * is an outcome; any other error, and whatever the sink throws, ends the run: sources not yet
   * handed over are cancelled and the throwable propagates (a checked one wrapped in an {@link
   * IllegalStateException}, except for the sink's, which the caller unwraps). An interrupt of the
   * calling thread stops the run too: the loads in flight are cancelled, the thread's interrupt
   * status is kept, and a {@link CancellationException} is thrown.
   */
  static <S, R> void run(Iterator<? extends S> sources, Step<? super S, ? extends R> step, int parallelism,
      Optional<Executor> executor, Sink<S, R> sink) throws Exception {
    if (parallelism == 1) {
      for (int i = 0; sources.hasNext(); i++) {
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted();
        }
        S source = sources.next();
        sink.accept(outcome(i, source, step));
      }
      return;
    }
    // Without an executor of the caller's, the calling thread loads too, beside parallelism - 1
    // threads of the run's own: it would otherwise wake up for every outcome and take a core from
    // a loading thread each time (a context switch per source, on a machine of few cores a tenth
    // of the work). A caller's executor runs every load, as promised.
    boolean callerLoads = executor.isEmpty();
    ExecutorService own = callerLoads ? pool(parallelism - 1) : null;
    Executor exec = callerLoads ? own : executor.get();
    Deque<Job<S, R>> window = new ArrayDeque<>();
    int bound = WINDOW_PER_THREAD * parallelism;
    try {
      int next = 0;
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted();
        }
        while (window.size() < bound && sources.hasNext()) {
          S source = sources.next();
          int index = next++;
          Job<S, R> job = new Job<>(() -> outcome(index, source, step));
          window.addLast(job);
          exec.execute(job);
        }
        if (window.isEmpty()) {
          return;
        }
        if (callerLoads && !window.peekFirst().isDone() && runOneOf(window)) {
          continue; // an outcome may be ready now, or more sources fit in the window
        }
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      for (FutureTask<?> f : window) {
        f.cancel(true);
      }
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  /** Runs the first load of {@code window} no thread has started; whether there was one. */
  private static boolean runOneOf(Deque<? extends Job<?, ?>> window) {
    for (Job<?, ?> job : window) {
      if (job.runIfUnclaimed()) {
        return true;
      }
    }
    return false;
  }

  /** A load that whichever thread claims it first runs: a pool's thread or the calling thread. */
  private static final class Job<S, R> extends FutureTask<Outcome<S, R>> {
    private final AtomicBoolean claimed = new AtomicBoolean();

    Job(Callable<Outcome<S, R>> load) {
      super(load);
    }

    /** Runs the load unless a thread has claimed it; whether this call ran it. */
    boolean runIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return false;
      }
      super.run();
      return true;
    }

    @Override
    public void run() {
      runIfUnclaimed();
    }
  }

  private static <S, R> Outcome<S, R> outcome(int index, S source, Step<? super S, ? extends R> step) {
    boolean outer = IN_STEP.get();
    IN_STEP.set(true);
    try {
      return new Outcome<>(index, source, step.apply(source), null);
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      // The half-built result was referenced from the step's frames only: it is garbage now.
      return new Outcome<>(index, source, null, e);
    } finally {
      IN_STEP.set(outer);
    }
  }

  /** Whether the current thread runs a step: a load there is one of many at once. */
  private static final ThreadLocal<Boolean> IN_STEP = ThreadLocal.withInitial(() -> false);

  /**
   * Whether the current thread is running a step of a parallel run: a plan loaded there does not
   * start threads of its own for its statements, as the run already keeps every core busy.
   */
  static boolean inStep() {
    return IN_STEP.get();
  }

  private static <T> T await(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (CancellationException e) {
      throw new IllegalStateException("the executor cancelled a load", e);
    }
  }

  private static CancellationException interrupted() {
    return new CancellationException("interrupted: the loading stopped (the thread's interrupt status is kept)");
  }

  private static ExecutorService pool(int threads) {
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "pilotplan-load-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(threads, factory);
  }
}
