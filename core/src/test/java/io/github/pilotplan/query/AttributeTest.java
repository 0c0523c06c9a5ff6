package io.github.pilotplan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.internal.annotate.Gazetteer;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each indexed step is defined once: for every attribute and every key that some task has, over
 * the seed, each real document of {@code src/test/resources/corpus/} and a corpus of them all,
 * the index's answer is the full scan with the test the attribute derives from its keys, and the
 * fluent step (and its {@code not}) answers the same. Then a property (QuickTheories): queries
 * of indexed steps, tests, {@code or} and {@code not}, however the planner answers them, select
 * the tasks that pass every step's test.
 */
class AttributeTest {

  private static final Map<String, TaskQuery> QUERIES = RealPlans.queries();

  /** The step of {@code attribute} that selects {@code key}, as a user asks it; empty if none can. */
  private static Optional<TaskQuery> step(TaskQuery q, Attribute<?> attribute, Object key) {
    if (attribute == Attribute.UNIT) {
      return Optional.of(q.ownedBy((String) key));
    } else if (attribute == Attribute.LEAD) {
      return Optional.of(q.ledBy((String) key));
    } else if (attribute == Attribute.DUE_YEAR) {
      return Optional.of(q.dueIn((Integer) key));
    } else if (attribute == Attribute.TOWN) {
      return Optional.of(q.inTown((Town) key));
    } else if (attribute == Attribute.PLACE) {
      return Gazetteer.standard().byCode((String) key).map(q::inPlace);
    }
    throw new AssertionError("a step for " + attribute);
  }

  @Test
  void theIndexAnswersAsTheDerivedTestForEveryKeyOfEveryAttribute() {
    assertThat(Attribute.ALL).extracting(a -> a.id).containsExactly(0, 1, 2, 3, 4);
    int checked = 0;
    int unreachable = 0;
    Map<Attribute<?>, Integer> keysSeen = new LinkedHashMap<>();
    for (Map.Entry<String, TaskQuery> e : QUERIES.entrySet()) {
      TaskQuery all = e.getValue();
      TaskIndex index = all.index();
      ImmutableList<Task> tasks = index.tasks;
      for (Attribute<?> attribute : Attribute.ALL) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Task t : tasks) {
          keys.addAll(attribute.keys(t));
        }
        assertThat(new LinkedHashSet<Object>(index.keys(attribute))).as("%s %s", e.getKey(), attribute).isEqualTo(keys);
        keysSeen.merge(attribute, keys.size(), Integer::sum);
        for (Object key : keys) {
          String what = e.getKey() + " " + attribute + " " + key;
          List<Integer> scan = new ArrayList<>();
          for (int i = 0; i < tasks.size(); i++) {
            boolean derived = attribute.hasAnyKey(tasks.get(i), Set.of(key));
            assertThat(derived).as(what + " at " + i).isEqualTo(attribute.keys(tasks.get(i)).contains(key));
            if (derived) {
              scan.add(i);
            }
          }
          assertThat(scan).as(what).isNotEmpty();
          assertThat(index.entry(attribute, key)).as(what).containsExactly(ints(scan));
          Optional<TaskQuery> step = step(all, attribute, key);
          if (step.isEmpty()) {
            unreachable++;
            continue;
          }
          List<Task> expected = scan.stream().map(tasks::get).toList();
          assertThat(step.get().list()).as(what).containsExactlyElementsOf(expected);
          Criterion c = step.get().criteria().get(0);
          assertThat(c.name).isEqualTo(attribute.step);
          assertThat(tasks.stream().filter(c::test).toList()).as(what).containsExactlyElementsOf(expected);
          TaskQuery not = step.get().not();
          assertThat(not.count()).as(what).isEqualTo(tasks.size() - expected.size());
          assertThat(not.list()).as(what).doesNotContainAnyElementsOf(expected);
          checked++;
        }
      }
    }
    // Every attribute has keys to check, and almost every key is one a user can ask for (a
    // place key is the code prefix of a division, which the gazetteer lists but for rare gaps).
    assertThat(keysSeen.keySet()).containsExactlyElementsOf(Attribute.ALL);
    assertThat(keysSeen.values()).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(unreachable).isLessThan(checked / 20);
  }

  @Test
  void aKeyNoTaskHasSelectsNothingByIndexOrTest() {
    for (TaskQuery all : QUERIES.values()) {
      assertThat(all.dueIn(1900).list()).isEmpty();
      assertThat(all.ownedBy("不存在的单位").list()).isEmpty();
      assertThat(all.inPlace("不存在的地方").list()).isEmpty();
      for (Attribute<?> attribute : Attribute.ALL) {
        assertThat(all.index().entry(attribute, "no such key")).isEmpty();
        assertThat(all.index().tasks).noneMatch(t -> attribute.hasAnyKey(t, ImmutableSet.of()));
      }
    }
  }

  /** Steps a generated query is made of, for one plan: each attribute's keys, and some tests. */
  private static List<TaskQuery> pool(TaskQuery all) {
    List<TaskQuery> pool = new ArrayList<>();
    TaskIndex index = all.index();
    for (Attribute<?> attribute : Attribute.ALL) {
      for (Object key : index.keys(attribute)) {
        step(all, attribute, key).ifPresent(pool::add);
      }
    }
    pool.add(all.containing("推进"));
    pool.add(all.withTargets());
    pool.add(all.dueBy(2015));
    pool.add(all.ownedBy("不存在的单位"));
    return pool;
  }

  @Test
  void everyPlanOfAQueryAnswersAsTheTestsOfItsSteps() {
    List<TaskQuery> alls = new ArrayList<>(QUERIES.values());
    List<List<TaskQuery>> pools = alls.stream().map(AttributeTest::pool).toList();
    qt().withFixedSeed(20_261_125L).withExamples(1_500)
        .forAll(integers().between(0, alls.size() - 1), lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .checkAssert((which, program) -> {
          TaskQuery all = alls.get(which);
          List<TaskQuery> pool = pools.get(which);
          TaskQuery q = build(all, pool, program);
          List<Task> expected = all.index().tasks.stream()
              .filter(t -> Criterion.testAll(q.criteria(), t)).toList();
          assertThat(q.list()).as("%s", q).containsExactlyElementsOf(expected);
          assertThat(q.count()).isEqualTo(expected.size());
        });
  }

  /** Reads numbers as a query: a step from the pool, then and / or / not with the next. */
  private static TaskQuery build(TaskQuery all, List<TaskQuery> pool, List<Integer> program) {
    TaskQuery q = pool.get(program.get(0) % pool.size());
    for (int i = 1; i < program.size(); i++) {
      int n = program.get(i);
      TaskQuery next = pool.get((n / 4) % pool.size());
      switch (n % 4) {
        case 0:
          q = q.and(next);
          break;
        case 1:
          q = q.or(next);
          break;
        case 2:
          q = q.and(next.not());
          break;
        default:
          q = q.not();
      }
    }
    return q;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
