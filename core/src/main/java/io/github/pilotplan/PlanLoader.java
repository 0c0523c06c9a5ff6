package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.ByteStreams;
import io.github.pilotplan.document.Document;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.github.pilotplan.internal.assemble.DocumentAssembler;

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
 * gets a diagnostic (and a strict loader throws). A loader
 * is immutable and safe to share between threads.
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

  private static final PlanLoader STANDARD =
      new PlanLoader(DEFAULT_MAX_INPUT_SIZE, DEFAULT_MAX_NESTING_DEPTH, false);

  private final long maxInputSize;
  private final int maxNestingDepth;
  private final boolean strict;

  private PlanLoader(long maxInputSize, int maxNestingDepth, boolean strict) {
    this.maxInputSize = maxInputSize;
    this.maxNestingDepth = maxNestingDepth;
    this.strict = strict;
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
    return new PlanLoader(maxInputSize, maxNestingDepth, strict);
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
    return new PlanLoader(maxInputSize, maxNestingDepth, strict);
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
    return new PlanLoader(maxInputSize, maxNestingDepth, strict);
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

  private Plan assemble(CharSequence text, Set<Integer> pageStarts) {
    if (text.length() > maxInputSize) {
      InputTooLargeException tooLarge = new InputTooLargeException(maxInputSize, "characters");
      throw new IllegalArgumentException(tooLarge.getMessage(), tooLarge);
    }
    SourceText source = SourceText.of(text.toString());
    Plan plan = DocumentAssembler.assemble(source, TsvTables.find(source), pageStarts, maxNestingDepth);
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
    Plan plan = DocumentAssembler.assemble(layout.source(), tables, ImmutableSet.of(), maxNestingDepth);
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
    StringBuilder joined = new StringBuilder();
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
    List<String> pages = new ArrayList<>();
    long total = 0;
    for (Path file : files) {
      byte[] bytes = readCapped(Preconditions.checkNotNull(file, "file"), maxInputSize - total);
      total += bytes.length;
      pages.add(TextDecoding.decode(bytes));
    }
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
        + (strict ? ", strict" : ", lenient") + "]";
  }
}
