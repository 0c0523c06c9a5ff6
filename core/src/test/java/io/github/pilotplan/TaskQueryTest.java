package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fluent queries, with expectations counted on the seed by hand. */
class TaskQueryTest {

  private final Plan plan = PlanLoader.seed();

  private static List<String> paths(TaskQuery q) {
    return q.stream().map(Task::pathText).toList();
  }

  @Test
  void headlineQuery() {
    List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
    assertThat(due).extracting(Task::pathText).containsExactly(
        "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    assertThat(due.get(0).statedUnits()).extracting(Unit::name)
        .containsExactly("市民政局", "市人事局", "市机编办", "市财政局");
    assertThat(due.get(1).unitsInherited()).isTrue();
    assertThat(due.get(1).effectiveUnits()).isEqualTo(due.get(0).statedUnits());
    assertThat(due.get(3).effectiveUnits()).extracting(Unit::name).containsExactly(
        "市民政局", "市人事局", "市财政局", "市国土局", "市农业局", "黄江镇", "厚街镇");
    assertThat(due).extracting(t -> t.effectiveDeadlines().get(0).text())
        .containsExactly("到2011年", "2011年前", "2011年前", "2011年");
  }

  @Test
  void ownedByAcceptsAliasesAndMatchesEffectiveUnits() {
    // 财政局 is listed under 3, 5, 6 and (二)1; their sub-items inherit: 4 + 5 + 3 + 4.
    assertThat(plan.tasks().ownedBy("财政局").count()).isEqualTo(16);
    assertThat(plan.tasks().ownedBy("东莞市财政局").list()).isEqualTo(plan.tasks().ownedBy("市财政局").list());
    assertThat(plan.tasks().ownedBy(Unit.of("财政局")).count()).isEqualTo(16);
    assertThat(paths(plan.tasks().ownedBy("市委组织部")))
        .containsExactly("(一) › 4", "(一) › 4 › (1)", "(一) › 4 › (2)");
    assertThat(paths(plan.tasks().ownedBy("各镇街"))).containsExactly("(二) › 2");
    assertThat(plan.tasks().ownedBy("黄江").count()).isEqualTo(4);
  }

  @Test
  void unknownNamesGiveEmptyResults() {
    assertThat(plan.tasks().ownedBy("市教育局").list()).isEmpty();
    assertThat(plan.tasks().ownedBy("").list()).isEmpty();
    assertThat(plan.tasks().inTown("火星镇").list()).isEmpty();
    assertThat(plan.tasks().ownedBy("市教育局").first()).isEmpty();
    assertThat(plan.tasks().ownedBy("市教育局").isEmpty()).isTrue();
  }

  @Test
  void ledBy() {
    assertThat(plan.tasks().ledBy("民政局").count()).isEqualTo(19);
    assertThat(paths(plan.tasks().ledBy("市社区工作领导小组成员单位"))).containsExactly("(二) › 2");
    assertThat(plan.tasks().ledBy("市财政局").count()).isZero();
  }

  @Test
  void dueInUsesEffectiveDeadlines() {
    // (一)3 "2012年前" is inherited by (2); (一)5 "2012年前" by (3), (4); (2) is a RANGE to 2012;
    // (一)3(3) "到2012年"; (二)2 "到2012年".
    assertThat(paths(plan.tasks().dueIn(2012))).containsExactly(
        "(一) › 3", "(一) › 3 › (1)", "(一) › 3 › (2)", "(一) › 3 › (3)",
        "(一) › 5", "(一) › 5 › (2)", "(一) › 5 › (3)", "(一) › 5 › (4)",
        "(二) › 2");
    assertThat(paths(plan.tasks().dueIn(2010))).containsExactly(
        "(一) › 4", "(一) › 5 › (1)", "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 2");
    assertThat(paths(plan.tasks().dueIn(2009))).containsExactly("(一) › 4 › (1)");
  }

  @Test
  void fromDeadlinesAreNeverDueButAlwaysActiveAfterTheirStart() {
    // (一)4(2) "从2010年开始" has no due year.
    assertThat(paths(plan.tasks().under("(一)", "4").dueBy(2030)))
        .containsExactly("(一) › 4", "(一) › 4 › (1)");
    assertThat(paths(plan.tasks().under("(一)", "4").activeIn(2030))).containsExactly("(一) › 4 › (2)");
    assertThat(paths(plan.tasks().under("(一)", "4").activeIn(2009)))
        .containsExactly("(一) › 4", "(一) › 4 › (1)");
  }

  @Test
  void dueByAndActiveIn() {
    assertThat(paths(plan.tasks().dueBy(2009))).containsExactly("(一) › 4 › (1)");
    // Active in 2009: every BEFORE/BY deadline (open start) due 2009 or later, 2009年, 2009至2010年.
    // Not: 5(1) "2010年", 5(2) from 2010, 4(2) from 2010, (二)1(3) "2011年", (二)1 which has none.
    assertThat(paths(plan.tasks().activeIn(2009))).containsExactly(
        "(一) › 3", "(一) › 3 › (1)", "(一) › 3 › (2)", "(一) › 3 › (3)",
        "(一) › 4", "(一) › 4 › (1)",
        "(一) › 5", "(一) › 5 › (3)", "(一) › 5 › (4)",
        "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)",
        "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 2");
  }

  @Test
  void inTownAcceptsShortNames() {
    assertThat(paths(plan.tasks().inTown("黄江"))).containsExactly("(二) › 1", "(二) › 1 › (1)");
    assertThat(plan.tasks().inTown("厚街镇").list()).isEqualTo(plan.tasks().inTown("黄江").list());
  }

  @Test
  void underAndContainingAndTargets() {
    assertThat(plan.tasks().under("(一)", "6").count()).isEqualTo(3);
    assertThat(plan.tasks().under("（二）", "1、").count()).isEqualTo(4);
    assertThat(plan.tasks().under("(二)").count()).isEqualTo(5);
    assertThat(plan.tasks().under(plan.section("(一)", "5").orElseThrow()).count()).isEqualTo(5);
    assertThat(paths(plan.tasks().containing("孵化基地"))).containsExactly("(一) › 5", "(一) › 5 › (2)");
    assertThat(paths(plan.tasks().containing("深莞惠"))).containsExactly("(一) › 5 › (4)");
    assertThat(paths(plan.tasks().withTargets())).containsExactly("(二) › 2");
    assertThat(paths(plan.tasks().withDeliverables()))
        .containsExactly("(一) › 3 › (1)", "(一) › 5 › (1)");
    // 第一章 is a label (of regulations), which the seed does not have; 第一批 is none.
    assertThat(plan.tasks().under("第一章").count()).isZero();
    assertThatThrownBy(() -> plan.tasks().under("第一批"))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("第一批");
  }

  @Test
  void ordering() {
    List<String> byDeadline = paths(plan.tasks().under("(一)", "5").orderedByDeadline());
    // 5(1) 2010年; then 5(2) 2012年底前 (month 12) ties with 5, 5(3), 5(4) "2012年前" (no month = end
    // of year), keeping document order.
    assertThat(byDeadline).containsExactly(
        "(一) › 5 › (1)", "(一) › 5", "(一) › 5 › (2)", "(一) › 5 › (3)", "(一) › 5 › (4)");
    // (二)1 has no deadline at all: it comes last.
    List<String> second = paths(plan.tasks().under("(二)").orderedByDeadline());
    assertThat(second).containsExactly(
        "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 2", "(二) › 1 › (3)", "(二) › 1");
    assertThat(plan.tasks().orderedByPath().list()).isEqualTo(plan.allTasks());
    assertThat(plan.tasks().orderedByDeadline().inDocumentOrder().list()).isEqualTo(plan.allTasks());
  }

  @Test
  void groupByUnitIsTheTaskBreakdown() {
    ImmutableListMultimap<Unit, Task> byUnit = plan.tasks().groupByUnit();
    assertThat(byUnit.keySet()).containsExactlyElementsOf(plan.units());
    assertThat(byUnit.get(Unit.of("市财政局"))).hasSize(16);
    assertThat(byUnit.get(Unit.of("市民政局"))).hasSize(19);
    assertThat(byUnit.get(Unit.of("市人事局"))).hasSize(7);
    assertThat(byUnit.get(Unit.of("各镇街"))).hasSize(1);
  }

  @Test
  void groupByDueYear() {
    ImmutableListMultimap<Integer, Task> byYear = plan.tasks().groupByDueYear();
    assertThat(byYear.keySet()).containsExactly(2009, 2010, 2011, 2012);
    assertThat(byYear.get(2011)).extracting(Task::pathText).containsExactly(
        "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    assertThat(byYear.get(2012)).hasSize(9);
  }

  @Test
  void queriesAreImmutableValues() {
    TaskQuery all = plan.tasks();
    TaskQuery narrowed = all.ownedBy("市财政局");
    assertThat(all.count()).isEqualTo(20);
    assertThat(narrowed.count()).isEqualTo(16);
    assertThat(plan.tasks().ownedBy("财政局")).isEqualTo(narrowed).hasSameHashCodeAs(narrowed);
    assertThat(narrowed.dueIn(2011)).isNotEqualTo(narrowed.dueIn(2012));
    assertThat(narrowed.dueIn(2011)).hasToString("tasks owned by 市财政局 due 2011");
  }
}
