package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading many files or texts on several threads gives the sequential result, in the sequential
 * order: the seed repeated, the real corpus, pages of one document; a sweep reports the files it
 * cannot load and goes on, and keeps a bounded number of plans in flight.
 */
class ParallelLoadingTest {

  private static final PlanLoader SEQUENTIAL = PlanLoader.standard().withParallelism(1);
  private static final PlanLoader PARALLEL = PlanLoader.standard().withParallelism(4);

  private static byte[] seedBytes;
  private static List<Path> realCorpus;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    try (InputStream in = PlanLoader.class.getResourceAsStream(PlanLoader.SEED_RESOURCE)) {
      seedBytes = in.readAllBytes();
    }
    realCorpus = PlanLoader.filesUnder(Path.of(ParallelLoadingTest.class.getResource("/corpus").toURI()), "txt");
  }

  /** The seed, and the seed with its n-th statement line changed, so that the plans differ. */
  private static List<Path> seedCopies(Path dir, int n) throws IOException {
    String seed = new String(seedBytes, StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve(String.format("seed-%02d.txt", i));
      // Every third copy loses its tail, so that the copies differ in length and in tasks.
      String text = i % 3 == 2 ? seed.substring(0, seed.length() * 2 / 3) : seed;
      Files.writeString(f, text);
      files.add(f);
    }
    return files;
  }

  @Test
  void theSeedRepeatedLoadsAsItDoesOneByOne(@TempDir Path dir) throws IOException {
    List<Path> files = seedCopies(dir, 24);
    List<Plan> sequential = SEQUENTIAL.loadEach(files);
    List<Plan> parallel = PARALLEL.loadEach(files);
    assertThat(parallel).hasSize(24).isEqualTo(sequential);
    assertThat(parallel.get(0)).isEqualTo(PlanLoader.seed());
    // The shortened copies hold fewer tasks: the order is the files' order, not completion order.
    assertThat(parallel.get(2).allTasks().size()).isLessThan(parallel.get(0).allTasks().size());
    assertThat(parallel.get(0).tasks().ownedBy("市财政局").dueIn(2011).list())
        .extracting(t -> t.pathText())
        .containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    assertThat(Corpus.load(files, PARALLEL)).isEqualTo(Corpus.of(sequential));
    assertThat(Corpus.load(files)).isEqualTo(Corpus.of(sequential));
  }

  @Test
  void theRealCorpusLoadsAsItDoesOneByOne() throws IOException {
    assertThat(realCorpus).hasSizeGreaterThan(20);
    List<Plan> sequential = new ArrayList<>();
    for (Path f : realCorpus) {
      sequential.add(PlanLoader.standard().load(f));
    }
    assertThat(PARALLEL.loadEach(realCorpus)).isEqualTo(sequential);
    assertThat(PlanLoader.standard().withParallelism(2).loadEach(realCorpus)).isEqualTo(sequential);

    List<Path> handed = new ArrayList<>();
    List<Plan> swept = new ArrayList<>();
    SweepReport report = PARALLEL.forEachFile(realCorpus, (file, plan) -> {
      handed.add(file);
      swept.add(plan);
    });
    assertThat(handed).isEqualTo(realCorpus);
    assertThat(swept).isEqualTo(sequential);
    assertThat(report.loaded()).isEqualTo(realCorpus.size());
    assertThat(report.failures()).isEmpty();
    assertThat(report.tasks()).isEqualTo(sequential.stream().mapToLong(p -> p.allTasks().size()).sum());
  }

  @Test
  void pagesOfOneDocumentReadInParallelGiveTheSequentialPlan(@TempDir Path dir) throws IOException {
    List<Path> pages = new ArrayList<>();
    Path p1 = dir.resolve("p1.txt");
    Path p2 = dir.resolve("p2.txt");
    Files.writeString(p1, MultiPageTest.PAGE_1);
    Files.write(p2, MultiPageTest.PAGE_2.getBytes(java.nio.charset.Charset.forName("GB18030")));
    pages.add(p1);
    pages.add(p2);
    Plan sequential = SEQUENTIAL.loadFiles(pages);
    assertThat(PARALLEL.loadFiles(pages)).isEqualTo(sequential);
    assertThat(sequential).isEqualTo(PlanLoader.standard().loadPages(List.of(MultiPageTest.PAGE_1, MultiPageTest.PAGE_2)));
    // The real corpus as the pages of one long document.
    assertThat(PARALLEL.loadFiles(realCorpus)).isEqualTo(SEQUENTIAL.loadFiles(realCorpus));
  }

  @Test
  void theFirstFileInOrderThatFailsIsTheOneThrown(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>(seedCopies(dir, 6));
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xff, 0x00, (byte) 0x81, 0x7f, (byte) 0xc3});
    files.add(3, bad);
    files.add(5, dir.resolve("missing.txt"));
    assertThatThrownBy(() -> PARALLEL.loadEach(files)).isInstanceOf(UndecodableInputException.class);
    assertThatThrownBy(() -> SEQUENTIAL.loadEach(files)).isInstanceOf(UndecodableInputException.class);
    files.remove(3);
    assertThatThrownBy(() -> PARALLEL.loadEach(files)).isInstanceOf(NoSuchFileException.class);
    // Pages of one document over the cap together, though each is under it.
    PlanLoader capped = PARALLEL.withMaxInputSize(seedBytes.length * 2L + 10);
    List<Path> three = seedCopies(dir, 2);
    three.add(three.get(0));
    assertThatThrownBy(() -> capped.loadFiles(three)).isInstanceOf(InputTooLargeException.class);
    assertThat(capped.loadFiles(three.subList(0, 2)).allTasks()).isNotEmpty();
  }

  @Test
  void aSweepReportsTheFilesItCannotLoadAndGoesOn(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>(seedCopies(dir, 3));
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xff, 0x00, (byte) 0x81, 0x7f, (byte) 0xc3});
    files.add(1, bad);
    files.add(dir.resolve("missing.txt"));
    List<Path> handed = new ArrayList<>();
    SweepReport report = PARALLEL.forEachFile(files, (file, plan) -> handed.add(file));
    assertThat(handed).containsExactly(files.get(0), files.get(2), files.get(3));
    assertThat(report.loaded()).isEqualTo(3);
    assertThat(report.sources()).isEqualTo(5);
    assertThat(report.failures()).extracting(SweepReport.Failure::index).containsExactly(1, 4);
    assertThat(report.failures()).extracting(SweepReport.Failure::source)
        .containsExactly(bad.toString(), dir.resolve("missing.txt").toString());
    assertThat(report.failures().get(0).cause()).isInstanceOf(UndecodableInputException.class);
    assertThat(report.failures().get(1).cause()).isInstanceOf(NoSuchFileException.class);
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank().doesNotContain("\n"));
    assertThat(report.toString()).isEqualTo(String.format("3 plans (%,d tasks), 2 failed", report.tasks()));
    // The same sweep on one thread reports the same.
    assertThat(SEQUENTIAL.forEachFile(files, (file, plan) -> { })).isEqualTo(report);
  }

  @Test
  void aStrictSweepReportsTextsWithDiagnosticsByPosition() {
    String plain = "一、工作目标\n1、2010年底前,建成社区服务中心。(责任单位:市民政局)\n";
    // Brackets nested three deep, over a cap of two: a diagnostic, which a strict loader refuses.
    String deep = "一、工作目标\n1、建成社区服务中心(含(分(站)))。\n";
    List<String> texts = List.of(plain, deep, plain, deep);
    PlanLoader lenient = PARALLEL.withMaxNestingDepth(2);
    assertThat(lenient.forEachText(texts, (t, p) -> { }).loaded()).isEqualTo(4);
    SweepReport strict = lenient.withStrict(true).forEachText(texts, (t, p) -> { });
    assertThat(strict.loaded()).isEqualTo(2);
    assertThat(strict.failures()).extracting(SweepReport.Failure::source).containsExactly("#1", "#3");
    assertThat(strict.failures()).allSatisfy(f -> assertThat(f.cause()).isInstanceOf(PlanFormatException.class));
  }

  @Test
  void noMoreThanEightTimesTheParallelismIsInFlight() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("一、工作目标\n" + (i + 1) + "、2010年底前,建成第" + i + "个社区服务中心。(责任单位:市民政局)\n");
    }
    AtomicInteger started = new AtomicInteger();
    int[] handed = {0};
    int[] mostInFlight = {0};
    PlanReader<String> reader = (text, loader) -> {
      started.incrementAndGet();
      return loader.load(text);
    };
    PlanLoader.standard().withParallelism(3).forEach(texts, reader, (text, plan) -> {
      handed[0]++;
      mostInFlight[0] = Math.max(mostInFlight[0], started.get() - handed[0] + 1);
      assertThat(plan.text()).isEqualTo(text);
    });
    assertThat(handed[0]).isEqualTo(200);
    assertThat(mostInFlight[0]).isBetween(1, 24);
  }

  @Test
  void withoutAnExecutorTheCallingThreadLoadsBesideOneThreadFewerThanTheParallelism() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("一、工作目标\n" + (i + 1) + "、2010年底前,建成第" + i + "个社区服务中心。(责任单位:市民政局)\n");
    }
    Set<Thread> loading = ConcurrentHashMap.newKeySet();
    List<String> handed = new ArrayList<>();
    PlanLoader.standard().withParallelism(2).forEach(texts, (text, loader) -> {
      loading.add(Thread.currentThread());
      return loader.load(text);
    }, (text, plan) -> handed.add(plan.text()));
    assertThat(handed).isEqualTo(texts);
    // 200 sources in a window of 16: the caller finds loads nobody started while it waits.
    assertThat(loading).contains(Thread.currentThread()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void theCallersExecutorRunsTheLoadsAndStaysOpen() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Set<String> threads = ConcurrentHashMap.newKeySet();
      PlanLoader loader = PlanLoader.standard().withParallelism(2).withExecutor(pool);
      assertThat(loader.executor()).contains(pool);
      List<String> texts = List.of(new String(seedBytes, StandardCharsets.UTF_8), "一、工作目标\n1、建设中心。\n");
      loader.forEach(texts, (text, l) -> {
        threads.add(Thread.currentThread().getName());
        return l.load(text);
      }, (text, plan) -> assertThat(Thread.currentThread().getName()).doesNotStartWith("pool-"));
      assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("pool-"));
      assertThat(pool.isShutdown()).isFalse();
      assertThat(pool.submit(() -> 1).get()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whatTheActionThrowsEndsTheSweep() {
    List<String> texts = List.of("一、甲\n", "一、乙\n", "一、丙\n", "一、丁\n");
    List<String> handed = new ArrayList<>();
    assertThatThrownBy(() -> PARALLEL.forEachText(texts, (t, p) -> {
      handed.add(t.toString());
      if (handed.size() == 2) {
        throw new IllegalStateException("enough");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("enough");
    assertThat(handed).containsExactly("一、甲\n", "一、乙\n");
  }

  @Test
  void anInterruptStopsTheSweepAndIsKept() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("一、工作目标\n1、建成第" + i + "个中心。\n");
    }
    for (PlanLoader loader : List.of(SEQUENTIAL, PARALLEL)) {
      List<CharSequence> handed = new ArrayList<>();
      try {
        assertThatThrownBy(() -> loader.forEachText(texts, (t, p) -> {
          handed.add(t);
          if (handed.size() == 3) {
            Thread.currentThread().interrupt();
          }
        })).isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(handed).hasSize(3);
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void settingsAreCheckedAndShown() {
    assertThat(PlanLoader.standard().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(PlanLoader.standard().executor()).isEmpty();
    assertThat(PlanLoader.strict().withParallelism(3).parallelism()).isEqualTo(3);
    assertThat(PlanLoader.strict().withParallelism(3).isStrict()).isTrue();
    assertThat(PlanLoader.standard().withParallelism(3).withMaxInputSize(10).parallelism()).isEqualTo(3);
    assertThat(PlanLoader.standard().withParallelism(5).toString()).contains("parallelism=5");
    assertThatThrownBy(() -> PlanLoader.standard().withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism must be positive but was 0");
    assertThatThrownBy(() -> PlanLoader.standard().forEachFile(Path.of("corpus"), (f, p) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("List.of(path)");
    assertThatThrownBy(() -> PlanLoader.filesUnder(Path.of("no-such-directory")))
        .isInstanceOf(java.nio.file.NotDirectoryException.class);
  }

  @Test
  void filesUnderWalksTheTreeInPathOrderAndLeavesHiddenFilesOut(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    for (String name : List.of("z.txt", "a.TXT", "b/c/d.txt", "b/e.html", ".hidden.txt", ".git/x.txt", "b/f.csv")) {
      Files.writeString(dir.resolve(name), "一、甲\n");
    }
    assertThat(PlanLoader.filesUnder(dir, "txt")).containsExactly(
        dir.resolve("a.TXT"), dir.resolve("b/c/d.txt"), dir.resolve("z.txt"));
    assertThat(PlanLoader.filesUnder(dir, "txt", "html")).containsExactly(
        dir.resolve("a.TXT"), dir.resolve("b/c/d.txt"), dir.resolve("b/e.html"), dir.resolve("z.txt"));
    assertThat(PlanLoader.filesUnder(dir)).hasSize(5);
  }
}
