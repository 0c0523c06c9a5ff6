package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Bound;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Recurrence;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitKind;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.LineRole;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A whole document of the genre, written for this test (test resource {@code
 * documents/shilong-2011.txt}): title, addressee, preamble, chapters 一、, full-width (一),
 * 1． items, ① points, lead and supporting units, nested brackets, a collective clause, a
 * document number, issuer and date lines.
 */
class GenreDocumentTest {

  private static Plan load() throws IOException {
    try (InputStream in = GenreDocumentTest.class.getResourceAsStream("/documents/shilong-2011.txt")) {
      return PlanLoader.strict().load(in);
    }
  }

  private final Plan plan;

  GenreDocumentTest() throws IOException {
    plan = load();
  }

  @Test
  void titleAddresseePreambleIssuerAndDateAreMetadata() {
    assertThat(plan.issuer()).hasValue("东莞市民政局");
    assertThat(plan.name()).hasValue("石龙镇社区服务体系建设实施意见");
    assertThat(plan.metadata()).containsExactly(
        "各镇人民政府(街道办事处),市府直属各单位:",
        "现将《石龙镇社区服务体系建设实施意见》印发给你们,请认真贯彻执行。根据《东莞市2010年工作要点》(东府〔2010〕18号)的要求,结合实际,提出如下意见。",
        "东莞市民政局",
        "二〇一〇年十二月三十日");
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.METADATA)
        .extracting(SourceLine::line).containsExactly(1, 3, 4, 18, 19);
    assertThat(plan.page().site()).isEmpty();
    assertThat(plan.page().isPartial()).isFalse();
    assertThat(plan.diagnostics()).isEmpty();
    // "各镇人民政府(街道办事处)" in the addressee line is not a unit.
    assertThat(plan.units()).extracting(Unit::name)
        .containsExactly("市民政局", "市财政局", "石龙镇", "市人事局", "各相关部门、镇街(园区)按职责分工负责");
  }

  @Test
  void outlineFromChaptersToPoints() {
    assertThat(plan.sections()).extracting(s -> s.pathText() + s.title().map(t -> " " + t).orElse(""))
        .containsExactly(
            "一 总体目标",
            "一 › (一) 立足全局、体现特色",
            "一 › (一) › 1 完善社区服务设施",
            "一 › (一) › 1 › ①",
            "一 › (一) › 1 › ②",
            "一 › (一) › 2 健全社区服务队伍",
            "二 保障措施",
            "二 › (一) 加强组织领导",
            "二 › (二) 落实经费保障");
    assertThat(plan.outline()).noneMatch(s -> s.isInferred());
  }

  @Test
  void aShortTitleClosedByAFullStopOpensTheStatement() {
    Task task = plan.task("一", "(一)").orElseThrow();
    assertThat(task.title()).hasValue("立足全局、体现特色");
    assertThat(task.text()).isEqualTo("要立足全市社区建设大局,到2011年底,建成覆盖城乡的社区服务网络。");
    assertThat(task.source().line()).isEqualTo(7);
    assertThat(task.effectiveDeadlines()).extracting(d -> d.text()).containsExactly("到2011年底");
  }

  @Test
  void leadAndSupportingUnitsAndTheirInheritance() {
    Task lead = plan.task("一", "(一)").orElseThrow();
    assertThat(lead.statedUnits()).extracting(Unit::name).containsExactly("市民政局", "市财政局", "石龙镇");
    assertThat(lead.leadUnit().map(Unit::name)).hasValue("市民政局");
    assertThat(lead.towns()).extracting(t -> t.name()).containsExactly("石龙镇");

    Task point = plan.task("一", "(一)", "1", "①").orElseThrow();
    assertThat(point.unitsInherited()).isTrue();
    assertThat(point.effectiveUnits()).isEqualTo(lead.statedUnits());
    // ① states no deadline: it inherits "2011年6月底前" from 1, its nearest enclosing task.
    assertThat(point.deadlinesInherited()).isTrue();
    assertThat(point.effectiveDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.BY_END_OF);
      assertThat(d.dueYear()).hasValue(2011);
      assertThat(d.dueMonth()).hasValue(6);
    });
    assertThat(point.recurrence()).hasValue(Recurrence.QUARTERLY);

    Task marked = plan.task("一", "(一)", "2").orElseThrow();
    assertThat(marked.statedUnits()).extracting(Unit::name).containsExactly("市人事局", "市民政局");
    assertThat(marked.leadUnit().map(Unit::name)).hasValue("市人事局");
    assertThat(marked.effectiveDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("2011年上半年");
      assertThat(d.dueMonth()).hasValue(6);
    });
    assertThat(marked.deliverables()).containsExactly("社区专职工作者管理办法");
  }

  @Test
  void fromAndRangeAndRecurrence() {
    Task second = plan.task("一", "(一)", "1", "②").orElseThrow();
    assertThat(second.statedDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.FROM);
      assertThat(d.startYear()).hasValue(2011);
      assertThat(d.dueYear()).isEmpty();
    });
    assertThat(second.recurrence()).hasValue(Recurrence.YEARLY);

    Task funds = plan.task("二", "(二)").orElseThrow();
    assertThat(funds.effectiveUnits()).isEmpty();
    assertThat(funds.leadUnit()).isEmpty();
    assertThat(funds.statedDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(d.startYear()).hasValue(2010);
      assertThat(d.dueYear()).hasValue(2012);
    });
    Target money = funds.targets().get(0);
    assertThat(money.subject()).isEqualTo("市、镇两级财政每年安排专项资金");
    assertThat(money.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(money.value()).isEqualByComparingTo(new BigDecimal("500"));
    assertThat(money.unit()).isEqualTo("万元");
  }

  @Test
  void aTrailingCollectiveClauseStaysOneUnit() {
    Task task = plan.task("二", "(一)").orElseThrow();
    assertThat(task.statedUnits()).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("各相关部门、镇街(园区)按职责分工负责");
      assertThat(u.kind()).isEqualTo(UnitKind.COLLECTIVE);
    });
  }

  @Test
  void aPercentageTargetWithItsDeadline() {
    Target t = plan.task("一", "(一)", "1").orElseThrow().targets().get(0);
    assertThat(t.subject()).isEqualTo("社区");
    assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(t.value()).isEqualByComparingTo(new BigDecimal("90"));
    assertThat(t.unit()).isEqualTo("%");
    assertThat(t.deadline().map(d -> d.text())).hasValue("2011年6月底前");
  }

  @Test
  void theYearInTheDocumentNumberIsNoDeadline() {
    assertThat(plan.tasks().dueIn(2010).list()).isEmpty();
    assertThat(plan.tasks().activeIn(2010).list()).extracting(Task::pathText)
        .contains("二 › (二)");
  }
}
