package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Bound;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Recurrence;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A 工作要点 written for this test (test resource {@code documents/minzheng-2012-yaodian.txt}):
 * a title without 关于, a preamble with a document number, items numbered "1." and "2．", sub-items
 * "（1）", 每月, 2012年6月前, short town names before 等镇, a lead unit by 牵头单位, and a second
 * paragraph with its own annotation under one item.
 */
class GenreWorkPointsTest {

  private final Plan plan;

  GenreWorkPointsTest() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/documents/minzheng-2012-yaodian.txt")) {
      plan = PlanLoader.strict().load(in);
    }
  }

  @Test
  void titleAndPreambleAreMetadataAndTheDocumentNumberIsNoDeadline() {
    assertThat(plan.title()).hasValue("东莞市民政局2012年工作要点");
    assertThat(plan.issuer()).isEmpty();   // no "关于" to tell the issuer from the subject
    assertThat(plan.metadata()).singleElement().asString().contains("(国发〔2011〕18号)");
    assertThat(plan.tasks().dueIn(2011).list()).isEmpty();
  }

  @Test
  void numberingFormsInBothWidths() {
    assertThat(plan.sections()).extracting(Section::pathText).containsExactly(
        "一", "一 › 1", "一 › 1 › (1)", "一 › 1 › (2)", "一 › 2", "二");
    assertThat(plan.section("一", "2").orElseThrow().label().written()).isEqualTo("2．");
    assertThat(plan.section("一", "1", "(1)").orElseThrow().label().written()).isEqualTo("（1）");
  }

  @Test
  void deadlinesRecurrenceAndTargets() {
    Task first = plan.task("一", "1").orElseThrow();
    assertThat(first.statedDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("2012年6月前");
      assertThat(d.kind()).isEqualTo(DeadlineKind.BEFORE);
      assertThat(d.dueYear()).hasValue(2012);
      assertThat(d.dueMonth()).hasValue(6);
    });
    assertThat(first.targets()).singleElement().satisfies(t -> {
      assertThat(t.subject()).isEqualTo("全市社区服务中心覆盖率");
      assertThat(t.value()).isEqualByComparingTo(new BigDecimal("100"));
      assertThat(t.unit()).isEqualTo("%");
    });
    assertThat(plan.task("一", "1", "(1)").orElseThrow().recurrence()).hasValue(Recurrence.MONTHLY);
    assertThat(plan.task("一", "2").orElseThrow().targets()).singleElement().satisfies(t -> {
      assertThat(t.subject()).isEqualTo("全市持证社工");
      assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
      assertThat(t.value()).isEqualByComparingTo(new BigDecimal("1000"));
      assertThat(t.unit()).isEqualTo("名");
      assertThat(t.deadline().map(d -> d.text())).hasValue("到2013年");
    });
  }

  @Test
  void shortTownNamesBeforeDengZhen() {
    assertThat(plan.task("一", "1", "(2)").orElseThrow().towns()).extracting(t -> t.name())
        .containsExactly("麻涌镇", "望牛墩镇");
    assertThat(plan.tasks().inTown("望牛墩").count()).isEqualTo(1);
  }

  @Test
  void aSecondParagraphWithItsOwnAnnotationIsATaskOfItsOwn() {
    assertThat(plan.tasks().under("一", "2").list()).extracting(Task::text).containsExactly(
        "到2013年,全市持证社工不少于1000名。",
        "同时,各镇街安排专项经费支持社工培训。");
    Task lead = plan.tasks().under("一", "2").list().get(0);
    assertThat(lead.statedUnits()).extracting(Unit::name).containsExactly("市人事局", "市民政局", "市财政局");
    assertThat(lead.leadUnit().map(Unit::name)).hasValue("市人事局");
    Task second = plan.tasks().under("一", "2").list().get(1);
    assertThat(second.statedUnits()).extracting(Unit::name).containsExactly("各镇街");
    assertThat(second.title()).hasValue("加强社工队伍");
  }

  @Test
  void aChapterWithoutItemsCanHoldATaskAndItsDocument() {
    Task task = plan.task("二").orElseThrow();
    assertThat(task.deliverables()).containsExactly("东莞市社会组织评估办法");
    assertThat(task.effectiveUnits()).isEmpty();
  }

  @Test
  void itRoundTrips() {
    assertThat(PlanLoader.strict().load(PlanWriter.write(plan))).isEqualTo(plan);
  }
}
