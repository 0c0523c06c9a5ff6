package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A corpus of the seed and the two genre documents: one index, the answers of each plan. */
class CorpusTest {

  private final Plan seed = PlanLoader.seed();
  private final Plan shilong = load("/documents/shilong-2011.txt");
  private final Plan yaodian = load("/documents/minzheng-2012-yaodian.txt");
  private final Corpus corpus = Corpus.of(List.of(seed, shilong, yaodian));

  private static Plan load(String resource) {
    try (InputStream in = CorpusTest.class.getResourceAsStream(resource)) {
      return PlanLoader.strict().load(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Questions with at least one indexed step, and some with none. */
  private static List<Function<TaskQuery, TaskQuery>> questions() {
    List<Function<TaskQuery, TaskQuery>> qs = new ArrayList<>();
    qs.add(q -> q.ownedBy("市财政局").dueIn(2011));
    qs.add(q -> q.ownedBy("财政局"));
    qs.add(q -> q.ownedBy("民政局").dueIn(2012).inTown("黄江"));
    qs.add(q -> q.ledBy("民政局").activeIn(2010));
    qs.add(q -> q.dueIn(2010).withTargets());
    qs.add(q -> q.inTown("石龙").ownedBy("石龙镇"));
    qs.add(q -> q.dueIn(2012).dueIn(2011));
    qs.add(q -> q.ownedBy("市教育局"));
    qs.add(q -> q.dueBy(2011).containing("社区"));
    qs.add(q -> q.activeIn(2012));
    qs.add(TaskQuery::withDeliverables);
    return qs;
  }

  @Test
  void everyAnswerIsTheAnswersOfThePlansInTurn() {
    assertThat(corpus.allTasks()).hasSize(
        seed.allTasks().size() + shilong.allTasks().size() + yaodian.allTasks().size());
    for (Function<TaskQuery, TaskQuery> q : questions()) {
      List<Task> expected = new ArrayList<>();
      for (Plan p : corpus.plans()) {
        expected.addAll(q.apply(p.tasks()).list());
      }
      TaskQuery asked = q.apply(corpus.tasks());
      assertThat(asked.list()).as(asked.toString()).containsExactlyElementsOf(expected);
      assertThat(asked.count()).as(asked.toString()).isEqualTo(expected.size());
      assertThat(asked.isEmpty()).as(asked.toString()).isEqualTo(expected.isEmpty());
      assertThat(asked.first()).as(asked.toString())
          .isEqualTo(expected.stream().findFirst());
    }
    // The seed comes first: its four answers to the headline question open the corpus's answer.
    assertThat(corpus.tasks().ownedBy("市财政局").dueIn(2011).list().subList(0, 4))
        .extracting(Task::pathText)
        .containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    assertThat(corpus.tasks().ownedBy("市财政局").count()).isGreaterThan(16);
  }

  @Test
  void indexedStepsAgreeWithThePlainFilterForEveryUnitYearAndTown() {
    Set<String> names = new LinkedHashSet<>();
    for (Plan p : corpus.plans()) {
      for (Unit u : p.units()) {
        names.add(u.name());
        names.add(u.name().startsWith("市") ? u.name().substring(1) : "东莞市" + u.name());
      }
    }
    names.add("");
    names.add("市教育局");
    List<Task> all = corpus.allTasks();
    int checked = 0;
    for (String name : names) {
      String canonical = Unit.canonicalName(name);
      Predicate<Task> owns = t -> !canonical.isEmpty()
          && t.effectiveUnits().stream().anyMatch(u -> u.name().equals(canonical));
      Predicate<Task> leads = t -> !canonical.isEmpty()
          && t.leadUnit().map(u -> u.name().equals(canonical)).orElse(false);
      assertThat(corpus.tasks().ownedBy(name).list()).as("ownedBy %s", name)
          .containsExactlyElementsOf(all.stream().filter(owns).toList());
      assertThat(corpus.tasks().ledBy(name).list()).as("ledBy %s", name)
          .containsExactlyElementsOf(all.stream().filter(leads).toList());
      for (int year = 2008; year <= 2014; year++) {
        int y = year;
        Predicate<Task> due = t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueIn(y));
        assertThat(corpus.tasks().ownedBy(name).dueIn(year).list()).as("ownedBy %s dueIn %s", name, year)
            .containsExactlyElementsOf(all.stream().filter(owns.and(due)).toList());
        checked++;
      }
    }
    for (Town town : Town.all()) {
      for (String spelling : List.of(town.name(), town.shortName())) {
        assertThat(corpus.tasks().inTown(spelling).list()).as("inTown %s", spelling)
            .containsExactlyElementsOf(all.stream().filter(t -> t.towns().contains(town)).toList());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(corpus.tasks().inTown("黄江").count()).isPositive();
  }

  @Test
  void planOfFindsTheVeryPlanOfATask() {
    Plan seedAgain = PlanLoader.seed();
    Plan empty = PlanLoader.standard().load("");
    Corpus twice = Corpus.of(empty, seed, empty, seedAgain, yaodian, empty);
    assertThat(seedAgain).isEqualTo(seed).isNotSameAs(seed);
    assertThat(twice.allTasks()).hasSize(2 * seed.allTasks().size() + yaodian.allTasks().size());
    for (Task t : seed.allTasks()) {
      assertThat(twice.planOf(t)).containsSame(seed);
      assertThat(corpus.planOf(t)).containsSame(seed);
    }
    for (Task t : seedAgain.allTasks()) {
      assertThat(twice.planOf(t)).containsSame(seedAgain);
      assertThat(corpus.planOf(t)).as("an equal task of another plan object").isEmpty();
    }
    for (Task t : yaodian.allTasks()) {
      assertThat(twice.planOf(t)).containsSame(yaodian);
    }
    Task headline = corpus.tasks().ownedBy("市财政局").dueIn(2011).first().orElseThrow();
    assertThat(corpus.planOf(headline)).containsSame(seed);
    for (Task t : corpus.tasks().inTown("石龙").list()) {
      assertThat(corpus.planOf(t)).containsSame(shilong);
    }
  }

  @Test
  void anEmptyCorpusAnswersNothing() {
    Corpus none = Corpus.of(List.of());
    assertThat(none.plans()).isEmpty();
    assertThat(none.allTasks()).isEmpty();
    assertThat(none.tasks().ownedBy("市财政局").list()).isEmpty();
    assertThat(none.tasks().isEmpty()).isTrue();
    assertThat(none.planOf(seed.allTasks().get(0))).isEmpty();
    assertThat(none).hasToString("Corpus[0 plans, 0 tasks]");
  }

  @Test
  @SuppressWarnings("deprecation")   // calling the deprecated mutator is the point: it must throw
  void aCorpusIsAValue() {
    Corpus built = Corpus.builder().add(seed).addAll(List.of(shilong, yaodian)).build();
    new EqualsTester()
        .addEqualityGroup(corpus, built, Corpus.of(PlanLoader.seed(), shilong, yaodian))
        .addEqualityGroup(Corpus.of(shilong, seed, yaodian))
        .addEqualityGroup(Corpus.of(seed))
        .testEquals();
    assertThat(corpus.tasks()).isSameAs(corpus.tasks());
    assertThat(seed.tasks()).isSameAs(seed.tasks());
    assertThat(corpus.tasks().ownedBy("财政局").dueIn(2011))
        .isEqualTo(built.tasks().ownedBy("市财政局").dueIn(2011))
        .hasSameHashCodeAs(built.tasks().ownedBy("市财政局").dueIn(2011))
        .isNotEqualTo(seed.tasks().ownedBy("市财政局").dueIn(2011))
        .hasToString("tasks owned by 市财政局 due 2011");
    assertThat(corpus.plans()).containsExactly(seed, shilong, yaodian);
    assertThat(corpus.toString()).startsWith("Corpus[3 plans, ");
    assertThatThrownBy(() -> corpus.plans().add(seed)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Corpus.of(seed, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a plan of the corpus is null");
  }

  @Test
  void nullsAreRefusedWithTheirName() {
    NullPointerTester npt = new NullPointerTester().setDefault(Plan.class, seed)
        .setDefault(PlanLoader.class, PlanLoader.standard());
    npt.testAllPublicStaticMethods(Corpus.class);
    npt.testAllPublicInstanceMethods(corpus);
    npt.testAllPublicInstanceMethods(Corpus.builder());
    List<Plan> withNull = new ArrayList<>();
    withNull.add(seed);
    withNull.add(null);
    assertThatThrownBy(() -> Corpus.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a plan of the corpus is null");
  }
}
