package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.annotate.PlanFacts;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.DeadlineKind;

/** A document's own facts, and the relative deadlines that count from its date. */
class PlanFactsTest {

  /** The shape of a State Council notice: number under the title, signature and date at the end. */
  private static final String NOTICE = String.join("\n",
      "国务院办公厅关于印发《促进养老服务发展实施方案》的通知",
      "国办发〔2018〕128号",
      "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:",
      "  《促进养老服务发展实施方案》已经国务院同意,现印发给你们,请认真贯彻执行。",
      "  一、主要任务",
      "  1、5年内培训养老护理员不少于2000名。(责任单位:市民政局)",
      "  2、2013年6月30日前,出台实施细则。(责任单位:市财政局)",
      "  3、次年3月底前完成评估。(责任单位:市民政局)",
      "  4、各地要长期坚持,常抓不懈。(责任单位:市民政局)",
      "  本方案自印发之日起施行。",
      "国务院办公厅",
      "2018年12月5日",
      "");

  @Test
  void numberBodiesAndDatesOfANotice() {
    PlanFacts f = PlanFacts.read(NOTICE);
    assertThat(f.documentNumber()).hasValue("国办发〔2018〕128号");
    assertThat(f.issuingBodies()).containsExactly("国务院办公厅");
    assertThat(f.issueDate()).hasValue(LocalDate.of(2018, 12, 5));
    assertThat(f.effectiveDate()).hasValue(LocalDate.of(2018, 12, 5));
  }

  @Test
  void bodiesSignedOnUpToThreeLinesAboveTheDate() {
    // A joint notice signed one body per line: the three lines above the date are read, the
    // fourth (a fourth body) is not, and a statement line stops the reading.
    PlanFacts f = PlanFacts.read(String.join("\n",
        "  本通知自印发之日起施行。",
        "广东省民政厅",
        "广东省财政厅",
        "广东省人力资源和社会保障厅",
        "广东省卫生厅",
        "2012年3月1日"));
    assertThat(f.issuingBodies()).containsExactly("广东省财政厅", "广东省人力资源和社会保障厅", "广东省卫生厅");
    assertThat(f.issueDate()).hasValue(LocalDate.of(2012, 3, 1));
    PlanFacts near = PlanFacts.read("东莞市民政局\n2012年3月1日\n  一、总体要求\n");
    assertThat(near.issuingBodies()).containsExactly("东莞市民政局");
    assertThat(near.issueDate()).hasValue(LocalDate.of(2012, 3, 1));
    PlanFacts first = PlanFacts.read("2012年3月1日\n东莞市民政局\n");
    assertThat(first.issuingBodies()).isEmpty();
    assertThat(first.issueDate()).hasValue(LocalDate.of(2012, 3, 1));
  }

  @Test
  void theNumberOfACitedDocumentIsNotTheDocumentsOwn() {
    PlanFacts f = PlanFacts.read("东莞市民政局2012年工作要点\n  根据《国务院关于加强和创新社会管理的意见》(国发〔2011〕18号),现提出如下要点。\n");
    assertThat(f.documentNumber()).isEmpty();
    assertThat(f.issueDate()).isEmpty();
  }

  @Test
  void chineseNumeralDatesJointSignaturesAndAStatedDateOfEffect() {
    PlanFacts f = PlanFacts.read(String.join("\n",
        "东府办〔2009〕…号",
        "  本办法自2010年1月1日起施行。",
        "东莞市民政局  东莞市财政局",
        "二〇〇九年十二月十五日"));
    assertThat(f.documentNumber()).hasValue("东府办〔2009〕…号");
    assertThat(f.issuingBodies()).containsExactly("东莞市民政局", "东莞市财政局");
    assertThat(f.issueDate()).hasValue(LocalDate.of(2009, 12, 15));
    assertThat(f.effectiveDate()).hasValue(LocalDate.of(2010, 1, 1));
    assertThat(f.planDate()).hasValue(LocalDate.of(2009, 12, 15));
  }

  @Test
  void aLoadedPlanCarriesItsFactsAndAnchorsItsRelativeDeadlines() {
    Plan plan = PlanLoader.standard().load(NOTICE);
    assertThat(plan.documentNumber()).hasValue("国办发〔2018〕128号");
    assertThat(plan.issueDate()).hasValue(LocalDate.of(2018, 12, 5));
    assertThat(plan.issuingBodies()).containsExactly("国务院办公厅");
    Task within = plan.task("一", "1").orElseThrow();
    assertThat(within.statedDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN);
      assertThat(d.startDate()).hasValue(LocalDate.of(2018, 12, 5));
      assertThat(d.dueDate()).hasValue(LocalDate.of(2023, 12, 4));
    });
    assertThat(plan.task("一", "2").orElseThrow().dueDate()).hasValue(LocalDate.of(2013, 6, 30));
    assertThat(plan.task("一", "3").orElseThrow().dueDate()).hasValue(LocalDate.of(2019, 3, 31));
    assertThat(plan.task("一", "4").orElseThrow().statedDeadlines()).extracting(Deadline::kind)
        .containsExactly(DeadlineKind.ONGOING, DeadlineKind.ONGOING);
    // The 2013年6月30日前 task is the one due before 1 July 2013.
    assertThat(plan.allTasks().stream().filter(t -> t.dueDate().map(d -> d.isBefore(LocalDate.of(2013, 7, 1)))
        .orElse(false))).extracting(Task::pathText).containsExactly("一 › 2");
  }

  @Test
  void theSeedStatesNoNumberNorDateAndItsIssuerComesFromItsTitle() {
    Plan seed = PlanLoader.seed();
    assertThat(seed.documentNumber()).isEmpty();
    assertThat(seed.issueDate()).isEmpty();
    assertThat(seed.issuingBodies()).containsExactly("东莞市人民政府办公室");
  }
}
