package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import org.junit.jupiter.api.Test;

/**
 * Attachments: a main text whose tasks carry no units, and 附件2, a task table that names them by
 * title. Expected values read off the text below by hand.
 */
class AttachmentTest {

  private static final String TEXT = String.join("\n",
      "关于推进家庭医生签约服务高质量发展的实施方案",
      "一、主要任务",
      "(一)扩大服务供给",
      "1.有序扩大家庭医生来源。现阶段家庭医生包括基层医疗卫生机构的医生。",
      "(1)鼓励二级以上医院医师参与签约。",
      "2.提升签约服务质量。完善家庭医生服务团队。",
      "3.加强信息化支撑。建设签约服务平台。",
      "二、保障措施",
      "1.加强组织领导。各区要建立工作机制。(责任单位:各区政府)",
      "附件:1.家庭医生签约服务包",
      "2.重点任务分工表",
      "附件1",
      "家庭医生签约服务包",
      "为规范签约服务,制定本服务包。",
      "1.基础服务包。包括基本医疗服务。",
      "附件2",
      "重点任务分工表",
      "序号\t工作事项\t牵头单位\t配合单位\t完成时限",
      "1\t有序扩大家庭医生来源\t市卫生健康委\t市医保局、各区政府\t2023年底前",
      "2\t提升签约服务质量\t市卫生健康委\t市医保局\t2025年",
      "3\t推进医防融合\t市疾控中心\t市卫生健康委\t2024年",
      "");

  private final Plan plan = PlanLoader.standard().load(TEXT);

  @Test
  void attachmentLabels() {
    assertThat(Labels.of("附件2")).isEqualTo(Label.of(Level.ATTACHMENT, 2));
    assertThat(Label.of(Level.ATTACHMENT, 2).text()).isEqualTo("附件2");
    assertThat(Labels.attachment("附件 2:")).hasValue(Label.of(Level.ATTACHMENT, 2));
    assertThat(Labels.attachment("附件二")).hasValue(Label.of(Level.ATTACHMENT, 2));
    assertThat(Labels.attachment("附件:1.家庭医生签约服务包")).isEmpty();
  }

  @Test
  void theTableLendsUnitsToTheMainTasks() {
    Task one = plan.task("一", "(一)", "1").orElseThrow();
    assertThat(one.statedUnits()).extracting(Unit::name).containsExactly("市卫生健康委", "市医保局", "各区政府");
    assertThat(one.leadUnit()).hasValue(Unit.of("市卫生健康委"));
    assertThat(one.unitSource().orElseThrow().pathText()).isEqualTo("附件2 › 1");
    assertThat(one.unitSource().orElseThrow().source().line()).isEqualTo(19);
    assertThat(one.dueDate().map(d -> d.getYear())).hasValue(2023);
    // (1) has no units of its own: it inherits the lent ones, as from the text.
    Task sub = plan.task("一", "(一)", "1", "(1)").orElseThrow();
    assertThat(sub.unitsInherited()).isTrue();
    assertThat(sub.effectiveUnits()).extracting(Unit::name).containsExactly("市卫生健康委", "市医保局", "各区政府");
    assertThat(one.roleOf("市卫生健康委")).hasValue(io.github.pilotplan.model.UnitRole.LEAD);
    assertThat(one.roleOf("各区政府")).hasValue(io.github.pilotplan.model.UnitRole.SUPPORTING);
    assertThat(sub.roleOf("市医保局")).hasValue(io.github.pilotplan.model.UnitRole.SUPPORTING);
    // Its own annotation stays its own.
    assertThat(plan.task("二", "1").orElseThrow().unitSource()).isEmpty();
  }

  @Test
  void ownedByGivesThePlansTasksNotTwoCopies() {
    assertThat(plan.tasks().ownedBy("市医保局").list()).extracting(Task::pathText)
        .containsExactly("一 › (一) › 1", "一 › (一) › 1 › (1)", "一 › (一) › 2");
    // A row that names no task of the main text stays a task of the attachment.
    assertThat(plan.tasks().ownedBy("市疾控中心").list()).extracting(Task::pathText).containsExactly("附件2 › 3");
  }

  @Test
  void attachmentsArePartsOfThePlan() {
    assertThat(plan.outline()).extracting(s -> s.label().text()).containsExactly("一", "二", "附件1", "附件2");
    assertThat(plan.section("附件2").flatMap(s -> s.title())).hasValue("重点任务分工表");
    assertThat(plan.section("附件1").flatMap(s -> s.title())).hasValue("家庭医生签约服务包");
    assertThat(plan.task("附件1", "1").orElseThrow().title()).hasValue("基础服务包");
    assertThat(plan.section("附件2", "1").flatMap(s -> s.title())).hasValue("有序扩大家庭医生来源");
    assertThat(plan.metadata()).contains("附件:1.家庭医生签约服务包", "2.重点任务分工表");
    // The attachment's preamble is metadata, like the main text's.
    assertThat(plan.lines()).contains(io.github.pilotplan.model.SourceLine.of(14,
        io.github.pilotplan.model.LineRole.METADATA));
    // The list of attachments is not part of task 二 › 1.
    assertThat(plan.task("二", "1").orElseThrow().text()).isEqualTo("各区要建立工作机制。");
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void anAmbiguousTitleIsADiagnostic() {
    String text = String.join("\n",
        "一、主要任务",
        "1.加强宣传。做好政策解读。",
        "二、保障措施",
        "1.加强宣传。营造良好氛围。",
        "附件",
        "任务分工表",
        "工作事项\t责任单位",
        "加强宣传\t市委宣传部",
        "");
    Plan p = PlanLoader.standard().load(text);
    assertThat(p.diagnostics()).hasSize(1);
    assertThat(p.diagnostics().get(0).span().line()).isEqualTo(8);
    assertThat(p.diagnostics().get(0).message()).contains("加强宣传").contains("2 tasks");
    assertThat(p.tasks().ownedBy("市委宣传部").list()).extracting(Task::pathText).containsExactly("附件1 › 1");
  }

  @Test
  void aPlanWithoutTablesOrAttachmentsLoadsAsBefore() {
    Plan seed = PlanLoader.seed();
    assertThat(seed.outline()).noneMatch(s -> s.level() == Level.ATTACHMENT);
    assertThat(seed.allTasks()).allMatch(t -> t.unitSource().isEmpty());
  }

  @Test
  void aDocumentsAttachmentTableLendsByTitleAndSection() {
    // As a page gives it: the main text's paragraphs, then 附件2 with a table whose 序号 cell of row 1
    // spans two rows. Row 1 names section (二) by its title: its tasks without units get them.
    io.github.pilotplan.document.Document doc = io.github.pilotplan.document.Document.of(
        io.github.pilotplan.document.Paragraph.of("一、主要任务"),
        io.github.pilotplan.document.Paragraph.of("(一)扩大服务供给"),
        io.github.pilotplan.document.Paragraph.of("1.鼓励医师参与签约。逐步扩大签约队伍。"),
        io.github.pilotplan.document.Paragraph.of("(二)做实签约服务"),
        io.github.pilotplan.document.Paragraph.of("1.完善服务包。丰富服务内容。"),
        io.github.pilotplan.document.Paragraph.of("2.加强考核。定期开展考核。(责任单位:市卫生健康委)"),
        io.github.pilotplan.document.Paragraph.of("附件2"),
        io.github.pilotplan.document.Paragraph.of("任务分工表"),
        io.github.pilotplan.document.Table.of(
            io.github.pilotplan.document.Row.of("序号", "重点任务", "牵头单位", "配合单位"),
            io.github.pilotplan.document.Row.of(java.util.List.of(
                io.github.pilotplan.document.Cell.of("1", 2, 1), io.github.pilotplan.document.Cell.of("(二)做实签约服务"),
                io.github.pilotplan.document.Cell.of("市医保局"), io.github.pilotplan.document.Cell.of("各区政府"))),
            io.github.pilotplan.document.Row.of("", "", "市财政局")));
    Plan p = PlanLoader.standard().load(doc);
    assertThat(p.tasks().ownedBy("市医保局").list()).extracting(Task::pathText).containsExactly("一 › (二) › 1");
    Task lent = p.task("一", "(二)", "1").orElseThrow();
    assertThat(lent.statedUnits()).extracting(Unit::name).containsExactly("市医保局", "各区政府", "市财政局");
    assertThat(lent.leadUnit()).hasValue(Unit.of("市医保局"));
    assertThat(lent.unitSource().orElseThrow().pathText()).isEqualTo("附件2 › 1");
    // 2 states its own units: the table does not touch it.
    assertThat(p.task("一", "(二)", "2").orElseThrow().statedUnits()).extracting(Unit::name)
        .containsExactly("市卫生健康委");
    assertThat(p.task("一", "(一)", "1").orElseThrow().effectiveUnits()).isEmpty();
    assertThat(p.allTasks()).noneMatch(t -> t.pathText().startsWith("附件2"));
  }
}
