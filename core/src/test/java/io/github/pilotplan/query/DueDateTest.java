package io.github.pilotplan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Task;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "When is it due" has one definition, {@link Deadline#dueDate()} (and {@link Task#dueDate()},
 * the first of a task's): the due-year key of {@code dueIn}, {@link Task#earliestDueYear()} and
 * {@code groupByDueYear} are its year. Over the seed and the real corpus, each gives what the
 * definitions it replaced gave (the deadline's stated due year), so behaviour is unchanged.
 */
class DueDateTest {

  @Test
  void theSeedsDueDatesReadByHand() {
    TaskQuery tasks = PlanLoader.seed().tasks();
    Task t = tasks.under("(一)", "6", "(1)").first().orElseThrow();   // 2011年前
    assertThat(t.dueDate()).hasValue(LocalDate.of(2011, 12, 31));
    assertThat(t.earliestDueYear()).hasValue(2011);
    assertThat(Attribute.DUE_YEAR.keys(t)).containsExactly(2011);
    Task twoYears = tasks.under("(二)", "1", "(1)").first().orElseThrow();   // 2009至2010年
    assertThat(twoYears.dueDate()).hasValue(LocalDate.of(2010, 12, 31));
    assertThat(twoYears.earliestDueYear()).hasValue(2010);
    Task fourth = tasks.under("(一)", "4").first().orElseThrow();   // 到2010年 …
    assertThat(fourth.earliestDueYear()).hasValue(fourth.dueDate().orElseThrow().getYear());
  }

  @Test
  void everyDueYearIsTheYearOfTheDueDateAndAgreesWithTheStatedYear() {
    int deadlines = 0;
    int tasksDue = 0;
    for (Map.Entry<String, TaskQuery> e : RealPlans.queries().entrySet()) {
      for (Task t : e.getValue().index().tasks) {
        String what = e.getKey() + " " + t.pathText();
        Set<Integer> statedYears = new LinkedHashSet<>();
        Optional<LocalDate> first = Optional.empty();
        for (Deadline d : t.effectiveDeadlines()) {
          deadlines++;
          OptionalInt fromDate = d.dueDate().map(x -> OptionalInt.of(x.getYear())).orElse(OptionalInt.empty());
          assertThat(fromDate).as(what + " " + d.text()).isEqualTo(d.dueYear());
          if (d.dueYear().isPresent()) {
            statedYears.add(d.dueYear().getAsInt());
          }
          if (d.dueDate().isPresent() && (first.isEmpty() || d.dueDate().get().isBefore(first.get()))) {
            first = d.dueDate();
          }
        }
        assertThat(t.dueDate()).as(what).isEqualTo(first);
        assertThat(Attribute.DUE_YEAR.keys(t)).as(what).isEqualTo(statedYears);
        // What earliestDueYear was before: the least stated due year.
        OptionalInt least = statedYears.stream().mapToInt(Integer::intValue).min();
        assertThat(t.earliestDueYear()).as(what).isEqualTo(least);
        if (t.dueDate().isPresent()) {
          tasksDue++;
        }
      }
    }
    // Not vacuous: the seed alone has 9 tasks due in 2012, and the real documents add more.
    assertThat(deadlines).isGreaterThan(50);
    assertThat(tasksDue).isGreaterThan(9);
  }

  @Test
  void groupByDueYearIsWhatDueInSelects() {
    for (TaskQuery all : RealPlans.queries().values()) {
      ImmutableListMultimap<Integer, Task> byYear = all.groupByDueYear();
      TreeSet<Integer> years = new TreeSet<>(Comparator.naturalOrder());
      for (Task t : all) {
        t.effectiveDeadlines().forEach(d -> d.dueYear().ifPresent(years::add));
      }
      assertThat(byYear.keySet()).containsExactlyElementsOf(years);
      for (int year : years) {
        assertThat(byYear.get(year)).as("%s", year).containsExactlyElementsOf(all.dueIn(year).list());
      }
    }
  }
}
