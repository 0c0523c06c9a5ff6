package io.github.pilotplan.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.document.Cell;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.internal.text.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.table.ColumnKind;
import io.github.pilotplan.internal.table.TsvTables;

/** Task tables from tab-separated text and from documents; expected values read off the inputs. */
class TaskTableTest {

  /** The form the issue reports: a table copied as text, one row a line, cells split by tabs. */
  private static final String TSV = String.join("\n",
      "二、主要任务",
      "序号\t工作事项\t主要内容\t牵头单位\t配合单位\t完成时限",
      "1\t有序扩大家庭医生来源。\t现阶段家庭医生包括基层医疗卫生机构的医生。\t各区政府\t市卫生健康委、市医保局\t2023年底前",
      "2\t提升签约服务质量。\t完善家庭医生服务团队。\t市卫生健康委\t市医保局\t2025年",
      "\t\t推广个性化服务包。\t\t\t",
      "3\t加强信息化支撑。\t建设家庭医生签约服务平台。\t市政务服务数据管理局\t/\t持续推进",
      "");

  @Test
  void headerWordsNameColumns() {
    assertThat(ColumnKind.of("序号")).hasValue(ColumnKind.NUMBER);
    assertThat(ColumnKind.of("编号")).hasValue(ColumnKind.NUMBER);
    assertThat(ColumnKind.of("重点任务")).hasValue(ColumnKind.ITEM);
    assertThat(ColumnKind.of("工作措施")).hasValue(ColumnKind.CONTENT);
    assertThat(ColumnKind.of("牵头单位(部门)")).hasValue(ColumnKind.LEAD);
    assertThat(ColumnKind.of("主办单位")).hasValue(ColumnKind.LEAD);
    assertThat(ColumnKind.of("协办单位")).hasValue(ColumnKind.SUPPORT);
    assertThat(ColumnKind.of("责任单位")).hasValue(ColumnKind.RESPONSIBLE);
    assertThat(ColumnKind.of("计划完成时限")).hasValue(ColumnKind.DEADLINE);
    assertThat(ColumnKind.of("时间进度")).hasValue(ColumnKind.DEADLINE);
    assertThat(ColumnKind.of("市卫生健康委")).isEmpty();
    assertThat(ColumnKind.of("2023年底前")).isEmpty();
  }

  @Test
  void tabSeparatedRowsAreTasks() {
    Plan plan = PlanLoader.standard().load(TSV);
    assertThat(plan.allTasks()).extracting(Task::pathText).containsExactly("二 › 1", "二 › 2", "二 › 3");
    Task first = plan.allTasks().get(0);
    assertThat(first.title()).hasValue("有序扩大家庭医生来源");
    assertThat(first.text()).isEqualTo("现阶段家庭医生包括基层医疗卫生机构的医生。");
    assertThat(first.statedUnits()).extracting(Unit::name).containsExactly("各区政府", "市卫生健康委", "市医保局");
    assertThat(first.leadUnit()).hasValue(Unit.of("各区政府"));
    assertThat(first.roleOf("各区政府")).hasValue(io.github.pilotplan.model.UnitRole.LEAD);
    assertThat(first.roleOf("市医保局")).hasValue(io.github.pilotplan.model.UnitRole.SUPPORTING);
    assertThat(first.effectiveDeadlines()).hasSize(1);
    assertThat(first.dueDate().map(d -> d.getYear())).hasValue(2023);
    assertThat(first.unitSource().get().pathText()).isEqualTo("二 › 1");
    // Row 2 goes on over the next line, whose 序号 is empty.
    Task second = plan.allTasks().get(1);
    assertThat(second.text()).isEqualTo("完善家庭医生服务团队。\n推广个性化服务包。");
    assertThat(second.leadUnit()).hasValue(Unit.of("市卫生健康委"));
    // "/" names no unit.
    assertThat(plan.allTasks().get(2).statedUnits()).extracting(Unit::name).containsExactly("市政务服务数据管理局");
    assertThat(plan.tasks().ownedBy("市医保局").list()).extracting(Task::pathText).containsExactly("二 › 1", "二 › 2");
    assertThat(plan.tasks().ledBy("市卫生健康委").list()).extracting(Task::pathText).containsExactly("二 › 2");
    assertThat(plan.section("二", "2").flatMap(s -> s.title())).hasValue("提升签约服务质量");
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void positionsPointIntoTheText() {
    Plan plan = PlanLoader.standard().load(TSV);
    Task first = plan.allTasks().get(0);
    assertThat(first.source().line()).isEqualTo(3);
    assertThat(first.unitMentions().get(2).source().line()).isEqualTo(3);
    int at = first.unitMentions().get(2).source().offset();
    assertThat(plan.text().substring(at, at + 4)).isEqualTo("市医保局");
    assertThat(plan.lines()).contains(io.github.pilotplan.model.SourceLine.of(2, LineRole.HEADING),
        io.github.pilotplan.model.SourceLine.of(5, LineRole.STATEMENT));
  }

  @Test
  void tabbedLinesWithoutATaskHeaderAreNoTable() {
    assertThat(TsvTables.find(SourceText.of("指标\t2022年\t2023年\n人口\t10\t12\n"))).isEmpty();
    assertThat(TsvTables.find(SourceText.of("序号\t工作事项\t牵头单位\n1\t建设平台\t市财政局\n"))).hasSize(1);
  }

  @Test
  void mergedCellsOfADocument() {
    // 序号 1 spans two rows: one task; 牵头单位 市卫生健康委 spans tasks 1 and 2: both are led by it.
    // The header has two rows: 责任单位 over 牵头单位 | 配合单位.
    Table table = Table.of(
        Row.of(List.of(Cell.of("序号", 2, 1), Cell.of("重点任务", 2, 1), Cell.of("责任单位", 1, 2),
            Cell.of("完成时间", 2, 1))),
        Row.of("牵头单位", "配合单位"),
        Row.of(List.of(Cell.of("1", 2, 1), Cell.of("推进家庭医生签约"), Cell.of("市卫生健康委", 3, 1),
            Cell.of("市医保局"), Cell.of("2024年6月底前"))),
        Row.of("做实重点人群签约", "市民政局", "2024年"),
        Row.of("2", "完善激励机制", "市人力资源社会保障局", "2025年底前"),
        Row.of(List.of(Cell.of("二、保障措施", 1, 5))),
        Row.of("1", "加强督导", "市政府督查室", "", "长期"));
    Plan plan = PlanLoader.standard().load(Document.of(Paragraph.of("附表"), table));
    assertThat(plan.allTasks()).extracting(Task::pathText).containsExactly("1", "2", "二 › 1");
    Task one = plan.allTasks().get(0);
    assertThat(one.text()).isEqualTo("推进家庭医生签约\n做实重点人群签约");
    assertThat(one.statedUnits()).extracting(Unit::name).containsExactly("市卫生健康委", "市医保局", "市民政局");
    assertThat(one.leadUnit()).hasValue(Unit.of("市卫生健康委"));
    assertThat(plan.allTasks().get(1).leadUnit()).hasValue(Unit.of("市卫生健康委"));
    assertThat(plan.allTasks().get(1).statedUnits()).extracting(Unit::name)
        .containsExactly("市卫生健康委", "市人力资源社会保障局");
    assertThat(plan.allTasks().get(2).leadUnit()).hasValue(Unit.of("市政府督查室"));
    assertThat(plan.section("二").flatMap(s -> s.title())).hasValue("保障措施");
    // The text is the document written out; the merged cell stands once, in its first row.
    assertThat(plan.text()).contains("1\t推进家庭医生签约\t市卫生健康委\t市医保局\t2024年6月底前\n\t做实重点人群签约\t\t市民政局\t2024年\n");
  }

  @Test
  void aTableWithoutTaskHeaderStaysText() {
    Plan plan = PlanLoader.standard().load(Document.of(
        Paragraph.of("一、总体目标"),
        Paragraph.of("(一)到2025年,签约率达到45%。"),
        Table.of(Row.of("指标", "2025年"), Row.of("签约率", "45%"))));
    assertThat(plan.allTasks()).extracting(Task::pathText).containsExactly("一 › (一)");
    assertThat(plan.allTasks().get(0).unitSource()).isEqualTo(Optional.empty());
  }

  @Test
  void anHtmlPageReadAsTextSaysSo() {
    Plan plan = PlanLoader.standard().load("<!DOCTYPE html>\n<html><body><p>一、总体目标</p></body></html>\n");
    assertThat(plan.diagnostics().get(0).message()).startsWith("the text is an HTML page");
    assertThat(plan.diagnostics().get(0).span().line()).isEqualTo(1);
    assertThat(PlanLoader.standard().load("一、总体目标\n<p>").diagnostics()).isEmpty();
  }

  @Test
  void deadlinesAndTargetsFromTheirColumns() {
    Plan plan = PlanLoader.standard().load(String.join("\n",
        "任务分工表",
        "编号\t重点工作\t预期目标\t责任单位\t时间进度",
        "1\t扩大签约覆盖面\t全市签约服务覆盖率达到45%以上\t市卫生健康委、各区政府\t2025年底前",
        ""));
    Task t = plan.allTasks().get(0);
    // No 牵头 column: 责任单位 names the lead.
    assertThat(t.leadUnit()).hasValue(Unit.of("市卫生健康委"));
    assertThat(t.unitsIn(io.github.pilotplan.model.UnitRole.RESPONSIBLE)).extracting(Unit::name)
        .containsExactly("市卫生健康委", "各区政府");
    assertThat(t.text()).isEqualTo("扩大签约覆盖面");
    assertThat(t.dueDate().map(d -> d.getYear())).hasValue(2025);
    assertThat(t.targets()).hasSize(1);
    assertThat(t.targets().get(0).toString()).contains("45");
  }
}
