package io.github.pilotplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query the indexes answer gives the tasks, in the order, that a plain filter over all
 * tasks gives, on a synthetic corpus of about 10,000 tasks: each step alone for every unit name
 * (and two aliases of it), every year and every town, the pairs that the benchmarks ask, and
 * random chains of up to four steps mixing indexed and filtered steps. The reference filters are
 * written here from the documented semantics, not taken from the library.
 */
class IndexedQueriesTest {

  private static Corpus corpus;
  private static List<Task> all;
  private static List<String> unitNames;

  /** One step of a query, with what it means as a filter. */
  private record Step(String label, UnaryOperator<TaskQuery> ask, Predicate<Task> means) {}

  @BeforeAll
  static void generate() {
    corpus = SyntheticPlans.corpus(20_260_101L, 10_000);
    all = corpus.allTasks();
    Set<String> names = new LinkedHashSet<>();
    for (Task t : all) {
      for (Unit u : t.effectiveUnits()) {
        names.add(u.name());
      }
    }
    unitNames = List.copyOf(names);
  }

  private static Step ownedBy(String name) {
    String c = Unit.canonicalName(name);
    return new Step("ownedBy(" + name + ")", q -> q.ownedBy(name),
        t -> !c.isEmpty() && t.effectiveUnits().stream().anyMatch(u -> u.name().equals(c)));
  }

  private static Step ledBy(String name) {
    String c = Unit.canonicalName(name);
    return new Step("ledBy(" + name + ")", q -> q.ledBy(name),
        t -> !c.isEmpty() && t.leadUnit().isPresent() && t.leadUnit().get().name().equals(c));
  }

  private static Step dueIn(int year) {
    return new Step("dueIn(" + year + ")", q -> q.dueIn(year), t -> anyDeadline(t, d -> d.isDueIn(year)));
  }

  private static Step dueBy(int year) {
    return new Step("dueBy(" + year + ")", q -> q.dueBy(year), t -> anyDeadline(t, d -> d.isDueBy(year)));
  }

  private static Step activeIn(int year) {
    return new Step("activeIn(" + year + ")", q -> q.activeIn(year), t -> anyDeadline(t, d -> d.isActiveIn(year)));
  }

  private static Step inTown(String name) {
    Optional<Town> town = Town.lookup(name);
    return new Step("inTown(" + name + ")", q -> q.inTown(name),
        t -> town.isPresent() && t.towns().contains(town.get()));
  }

  private static Step withTargets() {
    return new Step("withTargets()", TaskQuery::withTargets, t -> !t.targets().isEmpty());
  }

  private static boolean anyDeadline(Task t, Predicate<Deadline> p) {
    return t.effectiveDeadlines().stream().anyMatch(p);
  }

  /** Asks the steps of the corpus and of the filter; returns how many tasks matched. */
  private static int check(List<Step> steps) {
    TaskQuery q = corpus.tasks();
    Predicate<Task> means = t -> true;
    StringBuilder label = new StringBuilder("tasks");
    for (Step s : steps) {
      q = s.ask().apply(q);
      means = means.and(s.means());
      label.append('.').append(s.label());
    }
    List<Task> expected = all.stream().filter(means).toList();
    List<Task> found = q.list();
    assertThat(found.size()).as("%s count", label).isEqualTo(expected.size());
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i) != expected.get(i)) {
        throw new AssertionError(label + ": task " + i + " is " + found.get(i) + ", expected "
            + expected.get(i));
      }
    }
    assertThat(q.count()).as("%s count()", label).isEqualTo(expected.size());
    assertThat(q.isEmpty()).as("%s isEmpty()", label).isEqualTo(expected.isEmpty());
    assertThat(q.first().orElse(null)).as("%s first()", label)
        .isSameAs(expected.isEmpty() ? null : expected.get(0));
    return expected.size();
  }

  @Test
  void theCorpusIsOfTheGenre() {
    assertThat(all.size()).isBetween(10_000, 10_100);
    assertThat(corpus.plans()).allSatisfy(p -> assertThat(p.diagnostics()).isEmpty());
    assertThat(unitNames).contains("市财政局", "市民政局", "各镇街").hasSizeGreaterThan(25);
    assertThat(all.stream().filter(t -> !t.effectiveUnits().isEmpty()).count()).isEqualTo(all.size());
    assertThat(all.stream().filter(t -> t.unitsInherited()).count()).isGreaterThan(all.size() / 3);
    assertThat(all.stream().filter(t -> t.effectiveDeadlines().isEmpty()).count()).isPositive();
    assertThat(all.stream().filter(t -> t.deadlinesInherited()).count()).isGreaterThan(all.size() / 10);
    assertThat(all.stream().filter(t -> t.effectiveDeadlines().stream().anyMatch(Deadline::isOpenEnded)).count())
        .isGreaterThan(all.size() / 20);
    assertThat(all.stream().filter(t -> !t.towns().isEmpty()).count()).isGreaterThan(all.size() / 5);
    assertThat(all.stream().filter(t -> !t.targets().isEmpty()).count()).isGreaterThan(all.size() / 10);
  }

  @Test
  void everyIndexedStepAloneAgreesWithTheFilter() {
    int queries = 0;
    long matched = 0;
    for (String name : unitNames) {
      List<String> spellings = new ArrayList<>(List.of(name));
      if (name.startsWith("市") && name.length() > 1) {
        spellings.add(name.substring(1));
        spellings.add("东莞" + name);
      }
      for (String s : spellings) {
        matched += check(List.of(ownedBy(s)));
        matched += check(List.of(ledBy(s)));
        queries += 2;
      }
    }
    for (String s : List.of("", "市教育厅", "火星镇", "黄江")) {
      matched += check(List.of(ownedBy(s)));
      matched += check(List.of(ledBy(s)));
      queries += 2;
    }
    for (int year = 2005; year <= 2018; year++) {
      matched += check(List.of(dueIn(year)));
      queries++;
    }
    for (Town town : Town.all()) {
      matched += check(List.of(inTown(town.name())));
      matched += check(List.of(inTown(town.shortName())));
      queries += 2;
    }
    matched += check(List.of(inTown("火星镇")));
    queries++;
    assertThat(queries).isGreaterThan(150);
    assertThat(matched).isGreaterThan(50_000);
  }

  @Test
  void theBenchmarkedPairsAgree() {
    int nonEmpty = 0;
    for (String name : unitNames) {
      for (int year = 2008; year <= 2014; year++) {
        if (check(List.of(ownedBy(name), dueIn(year))) > 0) {
          nonEmpty++;
        }
      }
      check(List.of(dueIn(2011), ownedBy(name)));
    }
    assertThat(nonEmpty).isGreaterThan(120);
    assertThat(check(List.of(ownedBy("市财政局"), dueIn(2011)))).isGreaterThan(25);
  }

  @Test
  void randomChainsOfIndexedAndFilteredStepsAgree() {
    Random r = new Random(6);
    List<Town> towns = Town.all();
    int nonEmpty = 0;
    int chains = 800;
    for (int i = 0; i < chains; i++) {
      int n = 1 + r.nextInt(4);
      List<Step> steps = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int year = 2006 + r.nextInt(11);
        String unit = unitNames.get(r.nextInt(unitNames.size()));
        Town town = towns.get(r.nextInt(towns.size()));
        switch (r.nextInt(8)) {
          case 0 -> steps.add(ownedBy(unit));
          case 1 -> steps.add(ownedBy(unit.startsWith("市") ? unit.substring(1) : unit));
          case 2 -> steps.add(ledBy(unit));
          case 3 -> steps.add(dueIn(year));
          case 4 -> steps.add(inTown(r.nextBoolean() ? town.name() : town.shortName()));
          case 5 -> steps.add(dueBy(year));
          case 6 -> steps.add(activeIn(year));
          default -> steps.add(withTargets());
        }
      }
      if (check(steps) > 0) {
        nonEmpty++;
      }
    }
    assertThat(nonEmpty).as("chains with an answer").isGreaterThan(chains / 4);
  }

  @Test
  void eachPlanAnswersItsOwnTasksLikeTheFilter() {
    for (Plan p : corpus.plans().subList(0, 100)) {
      List<Task> mine = p.allTasks();
      for (int year = 2008; year <= 2015; year++) {
        int y = year;
        assertThat(p.tasks().ownedBy("财政局").dueIn(year).list()).containsExactlyElementsOf(
            mine.stream().filter(t -> t.effectiveUnits().contains(Unit.of("市财政局"))
                && anyDeadline(t, d -> d.isDueIn(y))).toList());
      }
      for (Task t : mine) {
        assertThat(corpus.planOf(t)).containsSame(p);
      }
    }
  }
}
