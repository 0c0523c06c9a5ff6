package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements of one large plan are read on several threads once its outline is known, and the
 * plan is the one a single thread gives: the same tasks, sections and diagnostics in the same order.
 * The texts: the seed repeated as one plan (its outline starting over each time, so the outline
 * reader reports each repeat), and the real corpus run together into one text, six times.
 */
class ParallelStatementsTest {

  private static final PlanLoader ONE_THREAD = PlanLoader.standard().withParallelism(1);
  private static String seedRepeated;
  private static String corpusJoined;
  private static ExecutorService pool;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    String seed;
    try (InputStream in = PlanLoader.class.getResourceAsStream(PlanLoader.SEED_RESOURCE)) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    seedRepeated = seed.repeat(60);
    StringBuilder all = new StringBuilder();
    for (Path f : PlanLoader.filesUnder(Path.of(ParallelStatementsTest.class.getResource("/corpus").toURI()), "txt")) {
      all.append(Files.readString(f)).append('\n');
    }
    // The corpus holds some 33,000 characters: run together six times, as a scraper's dump might.
    corpusJoined = all.toString().repeat(6);
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void theTextsAreLargeEnoughToBeReadInParts() {
    // Otherwise the tests below would compare one thread with one thread.
    assertThat(seedRepeated.length()).isGreaterThan(150_000);
    assertThat(corpusJoined.length()).isGreaterThan(150_000);
  }

  @Test
  void aLargePlanReadOnSeveralThreadsIsThePlanOneThreadReads() {
    for (String text : List.of(seedRepeated, corpusJoined)) {
      Plan one = ONE_THREAD.load(text);
      Plan four = PlanLoader.standard().withParallelism(4).load(text);
      assertThat(four.allTasks()).isEqualTo(one.allTasks());
      assertThat(four.outline()).isEqualTo(one.outline());
      assertThat(four.diagnostics()).isEqualTo(one.diagnostics());
      assertThat(four).isEqualTo(one);
      // The provenance, which equality leaves out, too.
      for (int i = 0; i < one.allTasks().size(); i++) {
        assertThat(four.allTasks().get(i).source()).isEqualTo(one.allTasks().get(i).source());
        assertThat(four.allTasks().get(i).unitMentions()).isEqualTo(one.allTasks().get(i).unitMentions());
      }
    }
    // The repeats are reported by the outline (the sequence starts over), the corpus's unreadable
    // forms by the finders: both kinds of diagnostics are compared above.
    assertThat(ONE_THREAD.load(seedRepeated).diagnostics()).isNotEmpty();
  }

  @Test
  void theExecutorGivenRunsTheOtherPartsAndASmallPlanStartsNone() {
    AtomicInteger ran = new AtomicInteger();
    PlanLoader loader = PlanLoader.standard().withParallelism(3).withExecutor(r -> {
      ran.incrementAndGet();
      pool.execute(r);
    });
    assertThat(loader.load(seedRepeated)).isEqualTo(ONE_THREAD.load(seedRepeated));
    assertThat(ran.get()).as("threads asked of the executor for the large plan").isEqualTo(2);
    ran.set(0);
    loader.load(seedRepeated.substring(0, 20_000));
    assertThat(ran.get()).as("threads asked for a plan of a few pages").isZero();
  }

  @Test
  void anExecutorThatRefusesOrNeverRunsTheWorkLeavesItToTheCaller() throws InterruptedException {
    Plan expected = ONE_THREAD.load(seedRepeated);
    PlanLoader refusing = PlanLoader.standard().withParallelism(4).withExecutor(r -> {
      throw new RejectedExecutionException("full");
    });
    assertThat(refusing.load(seedRepeated)).isEqualTo(expected);
    // An executor whose one thread is busy until the load has returned: the load must not wait for it.
    ExecutorService busy = Executors.newSingleThreadExecutor();
    CountDownLatch loaded = new CountDownLatch(1);
    busy.execute(() -> {
      try {
        loaded.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      assertThat(PlanLoader.standard().withParallelism(2).withExecutor(busy).load(seedRepeated)).isEqualTo(expected);
    } finally {
      loaded.countDown();
      busy.shutdown();
      assertThat(busy.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void plansLoadedManyAtOnceReadTheirStatementsOnTheirOwnThread(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path f = dir.resolve("big-" + i + ".txt");
      Files.writeString(f, seedRepeated);
      files.add(f);
    }
    AtomicInteger ran = new AtomicInteger();
    PlanLoader loader = PlanLoader.standard().withParallelism(2).withExecutor(r -> {
      ran.incrementAndGet();
      pool.execute(r);
    });
    List<Plan> plans = loader.loadEach(files);
    assertThat(plans).hasSize(3).allSatisfy(p -> assertThat(p).isEqualTo(plans.get(0)));
    // One task per file from the ordered loading, none from inside a plan.
    assertThat(ran.get()).isEqualTo(files.size());
  }
}
