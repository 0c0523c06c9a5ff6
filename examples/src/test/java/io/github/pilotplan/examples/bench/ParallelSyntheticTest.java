package io.github.pilotplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.SweepReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated pages load on several threads as they do on one: each page a plan (texts and files),
 * a corpus of them, and the pages as the files of one document.
 */
class ParallelSyntheticTest {

  private static final List<String> PAGES = SyntheticPlans.pages(11, 400);
  private static final PlanLoader ONE = PlanLoader.standard().withParallelism(1);
  private static final PlanLoader FOUR = PlanLoader.standard().withParallelism(4);

  @Test
  void sweepingPagesOnFourThreadsHandsThePlansOfOneInOrder() {
    List<Plan> sequential = new ArrayList<>();
    for (String page : PAGES) {
      sequential.add(PlanLoader.standard().load(page));
    }
    List<Plan> swept = new ArrayList<>();
    List<CharSequence> texts = new ArrayList<>();
    SweepReport report = FOUR.forEachText(PAGES, (text, plan) -> {
      texts.add(text);
      swept.add(plan);
    });
    assertThat(texts).isEqualTo(PAGES);
    assertThat(swept).isEqualTo(sequential);
    assertThat(report.loaded()).isEqualTo(PAGES.size());
    assertThat(report.tasks()).isEqualTo(sequential.stream().mapToLong(p -> p.allTasks().size()).sum())
        .isGreaterThan(4_000);
    assertThat(ONE.forEachText(PAGES, (text, plan) -> { })).isEqualTo(report);
  }

  @Test
  void filesLoadOnFourThreadsAsOnOne(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      Path f = dir.resolve(String.format("page-%03d.txt", i));
      Files.writeString(f, PAGES.get(i));
      files.add(f);
    }
    List<Plan> sequential = ONE.loadEach(files);
    assertThat(FOUR.loadEach(files)).isEqualTo(sequential);
    Corpus corpus = Corpus.load(files, FOUR);
    assertThat(corpus).isEqualTo(Corpus.of(sequential));
    assertThat(corpus.tasks().ownedBy("市财政局").dueIn(2011).list())
        .isEqualTo(Corpus.of(sequential).tasks().ownedBy("市财政局").dueIn(2011).list());
    // The same files as the pages of one document.
    assertThat(FOUR.loadFiles(files.subList(0, 40))).isEqualTo(ONE.loadFiles(files.subList(0, 40)))
        .isEqualTo(PlanLoader.standard().loadPages(PAGES.subList(0, 40)));
  }
}
