package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One plan, shared by eight threads that ask it the same questions at once. */
class ConcurrencyTest {

  private static List<Object> ask(Plan plan) {
    List<Object> answers = new ArrayList<>();
    answers.add(plan.tasks().ownedBy("市财政局").dueIn(2011).list());
    answers.add(plan.tasks().ledBy("民政局").orderedByDeadline().list());
    answers.add(plan.tasks().activeIn(2010).inTown("黄江").list());
    answers.add(plan.tasks().under("(一)", "5").containing("孵化").list());
    answers.add(plan.tasks().groupByUnit());
    answers.add(plan.tasks().groupByDueYear());
    answers.add(plan.sections().toList());
    answers.add(plan.hashCode());
    return answers;
  }

  @Test
  void eightThreadsGetTheSingleThreadedAnswers() throws Exception {
    Plan plan = PlanLoader.seed();
    List<Object> expected = ask(plan);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<List<List<Object>>> job = () -> {
          start.await();
          List<List<Object>> rounds = new ArrayList<>();
          for (int r = 0; r < 200; r++) {
            rounds.add(ask(plan));
          }
          return rounds;
        };
        futures.add(pool.submit(job));
      }
      start.countDown();
      for (Future<List<List<Object>>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(200).containsOnly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
