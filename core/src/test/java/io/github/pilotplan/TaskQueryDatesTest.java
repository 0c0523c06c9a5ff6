package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates, or/not/limit, iteration, grouping and counting on the seed. Expected values read from
 * the seed by hand: the effective deadlines are 3 2012年前, 3(1) 2012年前, 3(2) 2012年前 (from 3),
 * 3(3) 到2012年, 4 到2010年, 4(1) 2009年, 4(2) 从2010年开始, 5 2012年前, 5(1) 2010年, 5(2) 2010年开始…
 * 2012年底前, 5(3) and 5(4) 2012年前 (from 5), 6 到2011年, 6(1) and 6(2) 2011年前, (二)1 none,
 * (二)1(1) 2009至2010年, (二)1(2) 2010年底前, (二)1(3) 2011年, (二)2 到2010年底 and 到2012年.
 */
class TaskQueryDatesTest {

  private final Plan plan = PlanLoader.seed();

  private static List<String> paths(TaskQuery q) {
    return q.stream().map(Task::pathText).toList();
  }

  @Test
  void overdueOnTheFirstDayOf2011() {
    // Due on or before 2010-12-31: 到2010年, 2009年, 2010年, 2009至2010年, 2010年底前, 到2010年底.
    List<String> six = List.of("(一) › 4", "(一) › 4 › (1)", "(一) › 5 › (1)", "(二) › 1 › (1)",
        "(二) › 1 › (2)", "(二) › 2");
    assertThat(paths(plan.tasks().overdueOn(LocalDate.of(2011, 1, 1)))).containsExactlyElementsOf(six);
    assertThat(paths(plan.tasks().dueBefore(LocalDate.of(2011, 1, 1)))).containsExactlyElementsOf(six);
    // The last day of the period is not yet overdue on that day.
    assertThat(paths(plan.tasks().overdueOn(LocalDate.of(2010, 12, 31)))).containsExactly("(一) › 4 › (1)");
    assertThat(plan.tasks().overdueOn(LocalDate.of(2009, 12, 31)).list()).isEmpty();
    assertThat(plan.tasks().overdueOn(LocalDate.of(2011, 1, 1)))
        .isNotEqualTo(plan.tasks().dueBefore(LocalDate.of(2011, 1, 1)));
  }

  @Test
  void dueBetweenIncludesBothEnds() {
    assertThat(paths(plan.tasks().dueBetween(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31))))
        .containsExactly("(一) › 4", "(一) › 5 › (1)", "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 2");
    assertThat(paths(plan.tasks().dueBetween(LocalDate.of(2009, 12, 31), LocalDate.of(2009, 12, 31))))
        .containsExactly("(一) › 4 › (1)");
    assertThat(plan.tasks().dueBetween(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 30)).list()).isEmpty();
    assertThatThrownBy(() -> plan.tasks().dueBetween(LocalDate.of(2011, 1, 2), LocalDate.of(2011, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
  }

  @Test
  void openOnASpanHoldsTheDay() {
    // Mid-2012: the 2012年前 / 到2012年 / 2012年底前 tasks, and 从2010年开始 (no end).
    assertThat(paths(plan.tasks().openOn(LocalDate.of(2012, 6, 30)))).containsExactly(
        "(一) › 3", "(一) › 3 › (1)", "(一) › 3 › (2)", "(一) › 3 › (3)", "(一) › 4 › (2)", "(一) › 5",
        "(一) › 5 › (2)", "(一) › 5 › (3)", "(一) › 5 › (4)", "(二) › 2");
    // 2009至2010年 is open from 2009-01-01, 2010年底前 (no start) too; 2011年 opens in 2011; (二)1
    // has no deadline and is never open.
    assertThat(plan.tasks().openOn(LocalDate.of(2009, 1, 1)).under("(二)", "1").list())
        .extracting(Task::pathText).containsExactly("(二) › 1 › (1)", "(二) › 1 › (2)");
    assertThat(plan.tasks().openOn(LocalDate.of(2040, 1, 1)).list()).extracting(Task::pathText)
        .containsExactly("(一) › 4 › (2)");
  }

  @Test
  void queriesAreIterable() {
    List<String> seen = new ArrayList<>();
    for (Task t : plan.tasks().ownedBy("市财政局").dueIn(2011)) {
      seen.add(t.pathText());
    }
    assertThat(seen).containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
  }

  @Test
  void orNotAndLimit() {
    TaskQuery all = plan.tasks();
    assertThat(paths(all.inTown("黄江").or(all.dueIn(2009))))
        .containsExactly("(一) › 4 › (1)", "(二) › 1", "(二) › 1 › (1)");
    assertThat(paths(all.ledBy("民政局").not())).containsExactly("(二) › 2");
    assertThat(all.ownedBy("市财政局").not().count()).isEqualTo(4);
    assertThat(all.not().count()).isZero();
    assertThat(all.ownedBy("市财政局").or(all).count()).isEqualTo(20);
    // Steps after an or narrow the union.
    assertThat(paths(all.inTown("黄江").or(all.dueIn(2009)).dueIn(2010))).containsExactly("(二) › 1 › (1)");
    assertThat(paths(all.orderedByDeadline().limit(2))).containsExactly("(一) › 4 › (1)", "(一) › 4");
    assertThat(paths(all.ownedBy("市财政局").limit(3)))
        .containsExactly("(一) › 3", "(一) › 3 › (1)", "(一) › 3 › (2)");
    assertThat(all.limit(3).count()).isEqualTo(3);
    assertThat(all.limit(0).isEmpty()).isTrue();
    assertThat(all.limit(0).first()).isEmpty();
    assertThat(all.limit(100).count()).isEqualTo(20);
    assertThat(all.limit(2)).isNotEqualTo(all.limit(3)).isEqualTo(all.limit(3).limit(2));
    assertThatThrownBy(() -> all.limit(2).or(all)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> all.limit(2).not()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> all.limit(-1)).isInstanceOf(IllegalArgumentException.class);
    TaskQuery other = TaskQuery.over(plan.allTasks().subList(0, 3));
    assertThatThrownBy(() -> all.or(other)).isInstanceOf(IllegalArgumentException.class);
    assertThat(all.inTown("黄江").or(all.dueIn(2009)))
        .isEqualTo(all.inTown("黄江镇").or(all.dueIn(2009)))
        .isNotEqualTo(all.dueIn(2009).or(all.inTown("黄江")));
  }

  @Test
  void groupsAndCounts() {
    assertThat(plan.tasks().groupByLeadUnit().keySet()).extracting(Unit::name)
        .containsExactly("市民政局", "市社区工作领导小组成员单位");
    assertThat(plan.tasks().countByLeadUnit()).isEqualTo(ImmutableMap.of(
        Unit.of("市民政局"), 19, Unit.of("市社区工作领导小组成员单位"), 1));
    assertThat(plan.tasks().countByDueYear()).containsExactly(
        java.util.Map.entry(2009, 1), java.util.Map.entry(2010, 5), java.util.Map.entry(2011, 4),
        java.util.Map.entry(2012, 9));
    assertThat(plan.tasks().countByUnit().get(Unit.of("财政局"))).isEqualTo(16);
    assertThat(plan.tasks().countByUnit().get(Unit.of("市委组织部"))).isEqualTo(3);
    assertThat(plan.tasks().ownedBy("市委组织部").countByDueYear()).containsExactly(
        java.util.Map.entry(2009, 1), java.util.Map.entry(2010, 1));
  }

  @Test
  void inTownIsWhereTheWordsSayOwnedByIsWhoActs() {
    // (二)1 lists 黄江镇 among its units and its (1)–(3) inherit them; only (二)1 and (1) name 黄江.
    assertThat(paths(plan.tasks().ownedBy("黄江")))
        .containsExactly("(二) › 1", "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 1 › (3)");
    assertThat(paths(plan.tasks().inTown("黄江"))).containsExactly("(二) › 1", "(二) › 1 › (1)");
  }
}
