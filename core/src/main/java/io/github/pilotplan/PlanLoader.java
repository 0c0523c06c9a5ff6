package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.ByteStreams;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.internal.annotate.Workers;
import io.github.pilotplan.internal.assemble.DocumentAssembler;
import io.github.pilotplan.internal.table.DocumentLayout;
import io.github.pilotplan.internal.table.TableLayout;
import io.github.pilotplan.internal.table.TsvTables;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.internal.text.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Reads plan text into a {@link Plan}. Loading is lenient: whatever cannot be placed becomes a
 * {@linkplain Plan#diagnostics() diagnostic}, never an exception.
 *
 * <pre>{@code
 * Plan seed = PlanLoader.seed();                                   // the bundled seed page
 * Plan page = PlanLoader.standard().load(Path.of("page2.txt"));    // UTF-8 or GB18030, told apart
 * Plan text = PlanLoader.standard().load("(一)…\n1、…");
 * }</pre>
 *
 * <p>A {@linkplain #strict() strict} loader throws a {@link PlanFormatException} instead.
 *
 * <p>Bytes ({@code Path}, {@code InputStream}, {@code byte[]}) may be UTF-8, with or without a
 * byte-order mark, GB18030 or UTF-16; the loader tells them apart (see {@link
 * io.github.pilotplan.internal.text.TextDecoding}). Inputs larger than {@link
 * #maxInputSize()} (32 MiB by default) are refused with an {@link InputTooLargeException}. A
 * line whose brackets nest deeper than {@link #maxNestingDepth()} (64 by default) is not read: it
 * gets a diagnostic (and a strict loader throws).
 *
 * <p>Many files load on every core: {@link #loadEach} (each file a plan, in order), {@link
 * Corpus#load}, and the sweeps {@link #forEachFile}, {@link #forEachText} and {@link #forEach},
 * which hand each plan to the caller and drop it, so that millions of documents go through a
 * fixed heap. They run {@link #parallelism()} loads at once (by default one per processor), on
 * the {@linkplain #withExecutor executor} given or on the calling thread and {@code parallelism()
 * - 1} threads of their own, and always give the sequential result, in the sequential order.
 *
 * <p>A loader is immutable and safe to share between threads; so is every plan it gives.
 */
public final class PlanLoader {

  /** The default cap on input size: 32 MiB (bytes for byte input, characters for text). */
  public static final long DEFAULT_MAX_INPUT_SIZE = 32L * 1024 * 1024;

  /** Where the bundled seed page lives on the class path. */
  static final String SEED_RESOURCE = "/io/github/pilotplan/seeds/000_8ddc76576f8f43b0.txt";

  /**
   * The most bytes any loader reads, whatever its cap: the largest array the JVM allocates, less
   * a margin.
   */
  static final long MAX_BYTES = Integer.MAX_VALUE - 16;

  /** The default cap on bracket nesting: 64 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final PlanLoader STANDARD = new PlanLoader(DEFAULT_MAX_INPUT_SIZE,
      DEFAULT_MAX_NESTING_DEPTH, false, Runtime.getRuntime().availableProcessors(), Optional.empty());

  private final long maxInputSize;
  private final int maxNestingDepth;
  private final boolean strict;
  private final int parallelism;
  private final Optional<Executor> executor;

  private PlanLoader(long maxInputSize, int maxNestingDepth, boolean strict, int parallelism,
      Optional<Executor> executor) {
    this.maxInputSize = maxInputSize;
    this.maxNestingDepth = maxNestingDepth;
    this.strict = strict;
    this.parallelism = parallelism;
    this.executor = executor;
  }

  /** The lenient loader with default settings: problems become diagnostics on the plan. */
  public static PlanLoader standard() {
    return STANDARD;
  }

  /**
   * The strict loader with default settings: any diagnostic makes loading fail with a {@link
   * PlanFormatException}.
   *
   * <pre>{@code
   * Plan plan = PlanLoader.strict().load(text);   // throws if anything could not be placed
   * }</pre>
   */
  public static PlanLoader strict() {
    return STANDARD.withStrict(true);
  }

  /** Whether this loader refuses text with diagnostics. */
  public boolean isStrict() {
    return strict;
  }

  /** A loader like this one, strict or lenient. */
  public PlanLoader withStrict(boolean strict) {
    return new PlanLoader(maxInputSize, maxNestingDepth, strict, parallelism, executor);
  }

  /**
   * The bundled seed page: one scraped page (of ten) of 东莞市履行《…协议》试点方案, loaded once
   * per call.
   *
   * <pre>{@code
   * PlanLoader.seed().tasks().ownedBy("市财政局").dueIn(2011).count();   // 4
   * }</pre>
   */
  public static Plan seed() {
    try (InputStream in = PlanLoader.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled seed " + SEED_RESOURCE + " is missing from the class path");
      }
      return STANDARD.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled seed " + SEED_RESOURCE, e);
    }
  }

  /** The cap on input size. */
  public long maxInputSize() {
    return maxInputSize;
  }

  /**
   * A loader like this one with another cap on input size.
   *
   * @throws IllegalArgumentException if {@code maxInputSize} is not positive
   */
  public PlanLoader withMaxInputSize(long maxInputSize) {
    Preconditions.checkArgument(maxInputSize > 0, "maxInputSize must be positive but was %s", maxInputSize);
    return new PlanLoader(maxInputSize, maxNestingDepth, strict, parallelism, executor);
  }

  /**
   * How many files or texts this loader loads at once when it is given many ({@link #loadEach},
   * {@link #loadFiles}, {@link Corpus#load}, the sweeps): by default the number of processors the
   * JVM sees; 1 loads them one after the other on the calling thread. One text, however long,
   * loads on one thread.
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * A loader like this one that loads {@code parallelism} files or texts at once.
   *
   * <pre>{@code
   * PlanLoader oneThread = PlanLoader.standard().withParallelism(1);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code parallelism} is not positive
   */
  public PlanLoader withParallelism(int parallelism) {
    Preconditions.checkArgument(parallelism > 0, "parallelism must be positive but was %s", parallelism);
    return new PlanLoader(maxInputSize, maxNestingDepth, strict, parallelism, executor);
  }

  /**
   * Where this loader runs its parallel loads, if the caller chose; empty (the default) when each
   * call starts {@link #parallelism()} daemon threads of its own and stops them before it returns.
   */
  public Optional<Executor> executor() {
    return executor;
  }

  /**
   * A loader like this one that runs its parallel loads on {@code executor} (an application's
   * pool, {@link java.util.concurrent.ForkJoinPool#commonPool()}, virtual threads …), at most
   * {@code 8 × parallelism()} of them queued or running at once. The executor is not shut down.
   *
   * <pre>{@code
   * PlanLoader loader = PlanLoader.standard().withParallelism(8).withExecutor(appPool);
   * }</pre>
   */
  public PlanLoader withExecutor(Executor executor) {
    Preconditions.checkNotNull(executor, "executor");
    return new PlanLoader(maxInputSize, maxNestingDepth, strict, parallelism, Optional.of(executor));
  }

  /** The cap on bracket nesting. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * A loader like this one with another cap on bracket nesting within a line: ( 《 〔 [ 【 〈 in
   * either width. Real plans nest two or three levels ("镇街(园区)" inside an annotation).
   *
   * @throws IllegalArgumentException if {@code maxNestingDepth} is not positive
   */
  public PlanLoader withMaxNestingDepth(int maxNestingDepth) {
    Preconditions.checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive but was %s", maxNestingDepth);
    return new PlanLoader(maxInputSize, maxNestingDepth, strict, parallelism, executor);
  }

  /**
   * The plan in {@code text}.
   *
   * @throws IllegalArgumentException (an {@link InputTooLargeException} as cause) if the text is
   *     longer than the cap
   * @throws PlanFormatException if the loader is strict and the text has diagnostics
   */
  public Plan load(CharSequence text) {
    Preconditions.checkNotNull(text, "text");
    return assemble(text, ImmutableSet.of());
  }

  /**
   * The threads the statements of one plan may be read on: {@link #parallelism()} of them, on the
   * executor or threads of their own; one (the caller's) inside a load of many plans at once.
   */
  private Workers statementWorkers() {
    return parallelism == 1 || OrderedLoading.inStep() ? Workers.SEQUENTIAL : Workers.of(parallelism, executor);
  }

  /** Refuses a text of {@code chars} characters above the cap, as the text loads do. */
  private void checkSize(long chars) {
    if (chars > maxInputSize) {
      InputTooLargeException tooLarge = new InputTooLargeException(maxInputSize, "characters");
      throw new IllegalArgumentException(tooLarge.getMessage(), tooLarge);
    }
  }

  private Plan assemble(CharSequence text, Set<Integer> pageStarts) {
    checkSize(text.length());
    SourceText source = SourceText.of(text.toString());
    Plan plan = DocumentAssembler.assemble(source, TsvTables.find(source), pageStarts, maxNestingDepth,
        statementWorkers());
    if (strict && !plan.diagnostics().isEmpty()) {
      throw new PlanFormatException(text, plan.diagnostics());
    }
    return plan;
  }

  /**
   * The plan in a document of paragraphs and tables, as a reader of HTML, Word or PDF gives it.
   * {@link Plan#text()} is the document written out (paragraph lines; a table row a line, its
   * cells separated by tabs), and every position points into it. Task tables (任务分工表) become
   * tasks; see {@link io.github.pilotplan.internal.table.TaskTableReader}.
   *
   * <pre>{@code
   * Plan plan = PlanLoader.standard().load(Document.of(Paragraph.of("二、主要任务"), table));
   * }</pre>
   *
   * @throws IllegalArgumentException (an {@link InputTooLargeException} as cause) if the written-out
   *     text is longer than the cap
   * @throws PlanFormatException if the loader is strict and the text has diagnostics
   */
  public Plan load(Document document) {
    Preconditions.checkNotNull(document, "document");
    DocumentLayout layout = DocumentLayout.of(document);
    String text = layout.source().original();
    if (text.length() > maxInputSize) {
      InputTooLargeException tooLarge = new InputTooLargeException(maxInputSize, "characters");
      throw new IllegalArgumentException(tooLarge.getMessage(), tooLarge);
    }
    List<TableLayout> tables = new ArrayList<>(layout.tables());
    // Tab-separated lines among the paragraphs (a PDF's table rows) are tables too.
    for (TableLayout t : TsvTables.find(layout.source())) {
      if (layout.tables().stream().noneMatch(d -> d.firstLine() <= t.lastLine() && t.firstLine() <= d.lastLine())) {
        tables.add(t);
      }
    }
    Plan plan = DocumentAssembler.assemble(layout.source(), tables, ImmutableSet.of(), maxNestingDepth,
        statementWorkers());
    if (strict && !plan.diagnostics().isEmpty()) {
      throw new PlanFormatException(text, plan.diagnostics());
    }
    return plan;
  }

  /**
   * The plan in several pages of one document, in order: each page's header and boilerplate are
   * recognized on their own, and the outline runs on from page to page, so a page that starts
   * inside item 5 continues item 5 instead of inferring a new parent. {@link Plan#text()} is the
   * pages joined, each ending with a line break; every position points into it.
   *
   * <pre>{@code
   * Plan whole = PlanLoader.standard().loadPages(List.of(page1, page2, page3));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code pages} is empty or the joined text is longer than
   *     the cap
   * @throws PlanFormatException if the loader is strict and the text has diagnostics
   */
  public Plan loadPages(List<? extends CharSequence> pages) {
    Preconditions.checkNotNull(pages, "pages");
    Preconditions.checkArgument(!pages.isEmpty(), "pages must not be empty");
    long chars = 0;
    for (int i = 0; i < pages.size(); i++) {
      chars += Preconditions.checkNotNull(pages.get(i), "page %s", i).length();
    }
    checkSize(chars); // the joined text is at least as long: refused before it is built
    // Sized once, with room for a line break per page, not grown by copies of the text so far.
    StringBuilder joined = new StringBuilder((int) Math.min(chars + pages.size(), Integer.MAX_VALUE - 8));
    Set<Integer> starts = new HashSet<>();
    int line = 1;
    for (int i = 0; i < pages.size(); i++) {
      CharSequence page = Preconditions.checkNotNull(pages.get(i), "page %s", i);
      if (i > 0) {
        starts.add(line);
      }
      int pageStart = joined.length();
      joined.append(page);
      // Each page ends with \n (a final \r becomes \r\n), so no break spans two pages.
      if (page.length() == 0 || page.charAt(page.length() - 1) != '\n') {
        joined.append('\n');
      }
      line += lineBreaks(joined, pageStart);
    }
    return assemble(joined, starts);
  }

  /** The line breaks in {@code text} from {@code from} on; CRLF counts once. */
  private static int lineBreaks(CharSequence text, int from) {
    int n = 0;
    for (int i = Math.max(0, from); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The plan in several files holding the pages of one document, in order; each file may be UTF-8
   * or GB18030.
   *
   * @throws InputTooLargeException if the files together are larger than the cap
   * @throws UndecodableInputException if a file is neither UTF-8 nor GB18030
   */
  public Plan loadFiles(List<Path> files) throws IOException {
    Preconditions.checkNotNull(files, "files");
    for (Path file : files) {
      Preconditions.checkNotNull(file, "file");
    }
    // The files are read and decoded on parallelism() threads; the cap counts them in order, so
    // the file that takes the total over it is the one named, as when they are read one by one.
    List<String> pages = new ArrayList<>(files.size());
    long[] total = {0};
    runOrdered(files, file -> {
      byte[] bytes = readCapped(file, maxInputSize);
      return new Decoded(bytes.length, TextDecoding.decode(bytes));
    }, outcome -> {
      total[0] += outcome.result.bytes;
      if (total[0] > Math.min(maxInputSize, MAX_BYTES)) {
        throw tooLarge();
      }
      pages.add(outcome.result.text);
    });
    try {
      return loadPages(pages);
    } catch (IllegalArgumentException e) {
      // The bytes fit, but the line breaks added between pages took the text over the cap.
      if (e.getCause() instanceof InputTooLargeException) {
        throw (InputTooLargeException) e.getCause();
      }
      throw e;
    }
  }

  /** A file's size in bytes and its text. */
  private record Decoded(int bytes, String text) {}

  /**
   * The plans in {@code files}, each file a plan of its own, in the order given; {@link
   * #parallelism()} files load at once. The result is the sequential one: the plans of {@code
   * files.stream().map(this::load)}, and the first file in order that cannot be loaded is the one
   * whose exception is thrown.
   *
   * <pre>{@code
   * List<Plan> plans = PlanLoader.standard().loadEach(List.of(Path.of("a.txt"), Path.of("b.txt")));
   * }</pre>
   *
   * @throws InputTooLargeException if a file is larger than the cap
   * @throws UndecodableInputException if a file is neither UTF-8 nor GB18030
   * @throws IOException if a file cannot be read
   * @throws PlanFormatException if the loader is strict and a file's text has diagnostics
   */
  public ImmutableList<Plan> loadEach(List<Path> files) throws IOException {
    Preconditions.checkNotNull(files, "files");
    for (Path file : files) {
      Preconditions.checkNotNull(file, "a file to load is null");
    }
    ImmutableList.Builder<Plan> plans = ImmutableList.builderWithExpectedSize(files.size());
    runOrdered(files, this::load, outcome -> plans.add(outcome.result));
    return plans.build();
  }

  /**
   * Loads each file of {@code files} and hands its plan to {@code action}, then drops it: a sweep
   * over a corpus too large to hold. {@link #parallelism()} files load at once, but {@code action}
   * runs on the calling thread, one plan at a time, in the order of {@code files} — it needs no
   * locking, and its output is the same on every run. A file that cannot be loaded (unreadable,
   * too large, undecodable; with a strict loader, a text with diagnostics) does not stop the
   * sweep: it becomes a {@linkplain SweepReport#failures() failure} in the report.
   *
   * <pre>{@code
   * SweepReport report = PlanLoader.standard().forEachFile(PlanLoader.filesUnder(dir, "txt"),
   *     (file, plan) -> plan.tasks().ownedBy("市财政局").forEach(t -> System.out.println(file + "\t" + t.pathText())));
   * System.err.println(report);   // 1,204 plans (23,873 tasks), 2 failed
   * }</pre>
   *
   * <p>Memory: at most {@code 8 × parallelism()} plans are loading or waiting for {@code action}
   * at once; {@code files} is iterated lazily, so it may itself be a lazy sequence.
   *
   * @throws IllegalArgumentException if {@code files} is a single {@link Path} (a path is an
   *     {@code Iterable} of its name elements): give {@code List.of(path)}, or {@link #filesUnder}
   *     for a directory
   * @throws RuntimeException whatever {@code action} throws, which ends the sweep
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted: the
   *     sweep stops, and the thread's interrupt status is kept
   */
  public SweepReport forEachFile(Iterable<Path> files, BiConsumer<? super Path, ? super Plan> action) {
    Preconditions.checkArgument(!(files instanceof Path),
        "files is the single path %s: give List.of(path), or PlanLoader.filesUnder(dir) for a directory", files);
    return forEach(files, (file, loader) -> loader.load(file), action);
  }

  /**
   * Loads each text of {@code texts} and hands its plan to {@code action}, as {@link
   * #forEachFile} does; a failure names the text by its position ({@code #0}, {@code #1} …).
   *
   * <pre>{@code
   * SweepReport report = PlanLoader.standard().forEachText(texts, (text, plan) -> count(plan));
   * }</pre>
   */
  public SweepReport forEachText(Iterable<? extends CharSequence> texts,
      BiConsumer<? super CharSequence, ? super Plan> action) {
    return forEach(texts, (text, loader) -> loader.load(text), action);
  }

  /**
   * Reads each source of {@code sources} with {@code reader} and hands its plan to {@code
   * action}, as {@link #forEachFile} does: {@code reader} runs on {@link #parallelism()} threads
   * at once, {@code action} on the calling thread in the order of {@code sources}. Whatever
   * {@code reader} throws for a source (an exception, running out of memory or stack) becomes a
   * failure of the report; what {@code action} throws ends the sweep.
   *
   * <pre>{@code
   * SweepReport report = PlanLoader.standard().forEach(files, PlanFiles::load, (file, plan) -> …);
   * }</pre>
   *
   * @param <S> what a plan is read from
   */
  public <S> SweepReport forEach(Iterable<? extends S> sources, PlanReader<S> reader,
      BiConsumer<? super S, ? super Plan> action) {
    Preconditions.checkNotNull(sources, "sources");
    Preconditions.checkNotNull(reader, "reader");
    Preconditions.checkNotNull(action, "action");
    int[] loaded = {0};
    long[] tasks = {0};
    ImmutableList.Builder<SweepReport.Failure> failures = ImmutableList.builder();
    try {
      OrderedLoading.<S, Plan>run(sources.iterator(), source -> {
        Preconditions.checkNotNull(source, "a source of the sweep is null");
        return reader.read(source, this);
      }, parallelism, executor, outcome -> {
        if (outcome.failed()) {
          failures.add(new SweepReport.Failure(outcome.index, outcome.source, outcome.failure));
          return;
        }
        loaded[0]++;
        tasks[0] += outcome.result.allTasks().size();
        action.accept(outcome.source, outcome.result);
      });
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // neither the step nor the sink throws a checked one here
    }
    return new SweepReport(loaded[0], tasks[0], failures.build());
  }

  /**
   * The regular files under {@code directory}, at any depth, whose names end with one of {@code
   * extensions} (compared ignoring case; none given: every file), in the order of their paths.
   * Hidden files and directories (a name starting with a dot) are left out.
   *
   * <pre>{@code
   * List<Path> texts = PlanLoader.filesUnder(Path.of("corpus"), "txt");
   * }</pre>
   *
   * @throws java.nio.file.NotDirectoryException if {@code directory} is not a directory
   * @throws IOException if the directory cannot be read
   */
  public static ImmutableList<Path> filesUnder(Path directory, String... extensions) throws IOException {
    Preconditions.checkNotNull(directory, "directory");
    Preconditions.checkNotNull(extensions, "extensions");
    if (!Files.isDirectory(directory)) {
      throw new java.nio.file.NotDirectoryException(directory.toString());
    }
    List<String> endings = new ArrayList<>();
    for (String e : extensions) {
      endings.add("." + Preconditions.checkNotNull(e, "extension").toLowerCase(java.util.Locale.ROOT));
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk
          .filter(p -> !hidden(directory, p))
          .filter(Files::isRegularFile)
          .filter(p -> endings.isEmpty() || endings.stream().anyMatch(
              e -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(e)))
          .sorted()
          .collect(ImmutableList.toImmutableList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path name : root.relativize(p)) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #runOrdered} does with each loaded source, in order. */
  @FunctionalInterface
  private interface Loaded<S, R> {
    void accept(OrderedLoading.Outcome<S, R> outcome) throws IOException;
  }

  /**
   * Runs {@code step} over {@code sources} on {@link #parallelism()} threads and hands the
   * results to {@code sink} in order; the first failure in order is thrown as it was thrown.
   */
  private <S, R> void runOrdered(Collection<? extends S> sources, OrderedLoading.Step<? super S, ? extends R> step,
      Loaded<S, R> sink) throws IOException {
    try {
      OrderedLoading.<S, R>run(sources.iterator(), step, sources.size() < 2 ? 1 : parallelism, executor,
          outcome -> {
            if (outcome.failed()) {
              Throwable t = outcome.failure;
              if (t instanceof IOException) {
                throw (IOException) t;
              }
              if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
              }
              if (t instanceof Error) {
                throw (Error) t;
              }
              throw new IllegalStateException(t);
            }
            sink.accept(outcome);
          });
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plan in the characters of {@code reader}, which is read to its end but not closed. */
  public Plan load(Reader reader) throws IOException {
    Preconditions.checkNotNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) >= 0; ) {
      if (sb.length() + (long) n > Math.min(maxInputSize, MAX_BYTES)) {
        throw new InputTooLargeException(maxInputSize, "characters");
      }
      sb.append(buf, 0, n);
    }
    return load(sb);
  }

  /**
   * The plan in the file at {@code path}, UTF-8 or GB18030.
   *
   * @throws InputTooLargeException if the file is larger than the cap
   * @throws UndecodableInputException if the bytes are neither UTF-8 nor GB18030
   * @throws IOException if the file cannot be read
   */
  public Plan load(Path path) throws IOException {
    Preconditions.checkNotNull(path, "path");
    return load(readCapped(path, maxInputSize));
  }

  private byte[] readCapped(Path path, long cap) throws IOException {
    if (Files.isRegularFile(path) && Files.size(path) > Math.min(cap, MAX_BYTES)) {
      throw tooLarge();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readCapped(in, cap);
    }
  }

  /**
   * The bytes of {@code in}, at most {@code cap} of them; {@code cap} may be {@code
   * Long.MAX_VALUE}, but no array holds more than {@link #MAX_BYTES}.
   */
  private byte[] readCapped(InputStream in, long cap) throws IOException {
    long limit = Math.min(cap, MAX_BYTES);
    byte[] bytes = ByteStreams.toByteArray(ByteStreams.limit(in, limit + 1));
    if (bytes.length > limit) {
      throw tooLarge();
    }
    return bytes;
  }

  /** The exception for an input over the cap, which names the cap that holds in practice. */
  private InputTooLargeException tooLarge() {
    return new InputTooLargeException(Math.min(maxInputSize, MAX_BYTES), "bytes");
  }

  /**
   * The plan in the bytes of {@code in}, UTF-8 or GB18030, read to the end but not closed.
   *
   * @throws InputTooLargeException if there are more bytes than the cap
   * @throws UndecodableInputException if the bytes are neither UTF-8 nor GB18030
   */
  public Plan load(InputStream in) throws IOException {
    Preconditions.checkNotNull(in, "in");
    return load(readCapped(in, maxInputSize));
  }

  /**
   * The plan in {@code bytes}, UTF-8 or GB18030.
   *
   * @throws InputTooLargeException if there are more bytes than the cap
   * @throws UndecodableInputException if the bytes are neither UTF-8 nor GB18030
   */
  public Plan load(byte[] bytes) throws IOException {
    Preconditions.checkNotNull(bytes, "bytes");
    if (bytes.length > maxInputSize) {
      throw new InputTooLargeException(maxInputSize, "bytes");
    }
    return load(TextDecoding.decode(bytes));
  }

  @Override
  public String toString() {
    return "PlanLoader[maxInputSize=" + maxInputSize + ", maxNestingDepth=" + maxNestingDepth
        + (strict ? ", strict" : ", lenient") + ", parallelism=" + parallelism
        + executor.map(e -> ", executor=" + e).orElse("") + "]";
  }
}
