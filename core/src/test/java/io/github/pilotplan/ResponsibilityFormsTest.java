package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.model.CarriedRule;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitKind;
import io.github.pilotplan.model.UnitRole;
import io.github.pilotplan.json.PlanJson;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Every responsibility form of issue 15, each from real plan text: the clauses are quoted from the
 * plans (Guangzhou 关于推进人才集聚工程的实施意见 2012; State Council plans of 2018–2019; the Sichuan
 * 现代流通体系建设实施方案 2022; the Kunming Guandu plan 2016), under the titles of real documents.
 * Expected units, leads and roles are read off the clauses by hand.
 */
class ResponsibilityFormsTest {

  private static final String STATE_COUNCIL = "国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n";

  private static Task only(Plan plan) {
    assertThat(plan.allTasks()).hasSize(1);
    return plan.allTasks().get(0);
  }

  private static String roles(Task task) {
    return task.roles().stream().map(UnitAssignment::toString).reduce((a, b) -> a + ", " + b).orElse("");
  }

  @Test
  void keyedPartsSeparatedByCommasAsInGuangzhou() {
    // An excerpt: items 3–18 are left out, which the loader reports (and only that).
    Plan plan = PlanLoader.standard().load("关于推进人才集聚工程的实施意见\n二、实施重点人才项目\n"
        + "2、战略性主导产业紧缺人才开发项目。研究制定战略性主导产业领域紧缺人才目录发布制度,定期向社会公布。"
        + "（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）\n"
        + "19、农村实用人才培养项目。加大新型农民科技培训力度。（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）\n");
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("skips 3 to 18"));
    Task talent = plan.task("二", "2").orElseThrow();
    assertThat(talent.statedUnits()).extracting(Unit::name)
        .containsExactly("市发展改革委", "市委组织部", "市人力资源和社会保障局", "各区、县级市");
    assertThat(talent.leadUnit().map(Unit::name)).hasValue("市发展改革委");
    assertThat(roles(talent)).isEqualTo(
        "市发展改革委 LEAD, 市委组织部 SUPPORTING, 市人力资源和社会保障局 SUPPORTING, 各区、县级市 SUPPORTING");
    assertThat(talent.statedUnits().get(3).kind()).isEqualTo(UnitKind.COLLECTIVE);
    // The keyword is no longer glued to the next unit: the supporting units are found by name.
    assertThat(plan.tasks().ownedBy("市委组织部").count()).isEqualTo(1);
    assertThat(plan.tasks().ownedBy("各区、县级市").count()).isEqualTo(1);

    Task farming = plan.task("二", "19").orElseThrow();
    assertThat(roles(farming)).isEqualTo("市农业局 LEAD, 市科协 SUPPORTING, 各有关区、县级市 SUPPORTING");
  }

  @Test
  void keywordLessLeadAndParticipants() {
    Task task = only(PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、建立“无废城市”建设指标体系。(生态环境部牵头,国家发展改革委、工业和信息化部参与)\n"));
    assertThat(task.statedUnits()).extracting(Unit::name)
        .containsExactly("生态环境部", "国家发展改革委", "工业和信息化部");
    assertThat(roles(task)).isEqualTo("生态环境部 LEAD, 国家发展改革委 SUPPORTING, 工业和信息化部 SUPPORTING");
    assertThat(task.leadUnit().map(Unit::name)).hasValue("生态环境部");
    assertThat(task.statedUnits()).extracting(Unit::kind).containsOnly(UnitKind.NATIONAL);
    // Only the clause follows the sentence, so the sentence is the task's text, not a title (a title
    // is split off only when a statement follows it); the clause is not in the text.
    assertThat(task.title()).isEmpty();
    assertThat(task.text()).isEqualTo("建立“无废城市”建设指标体系。");
  }

  @Test
  void keywordLessGuidingAndResponsible() {
    Plan plan = PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、开展资源综合利用评价。(自然资源部、工业和信息化部指导)\n"
        + "2、强化监管执法。(市场监管总局负责)\n");
    Task guided = plan.task("一", "1").orElseThrow();
    assertThat(roles(guided)).isEqualTo("自然资源部 GUIDING, 工业和信息化部 GUIDING");
    assertThat(guided.unitsIn(UnitRole.GUIDING)).extracting(Unit::name).containsExactly("自然资源部", "工业和信息化部");
    Task owned = plan.task("一", "2").orElseThrow();
    assertThat(roles(owned)).isEqualTo("市场监管总局 RESPONSIBLE");
    // No unit is marked 牵头: the first listed stands as lead, as in the seed.
    assertThat(owned.leadUnit().map(Unit::name)).hasValue("市场监管总局");
  }

  @Test
  void firstListedLeadsCarriedByXiaTong() {
    Plan plan = PlanLoader.strict().load("国务院关于印发降低实体经济企业成本工作方案的通知\n一、主要任务\n"
        + "1、加强市场监管。(市场监管总局、商务部负责)\n"
        + "2、落实税收优惠政策。(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)\n"
        + "3、降低物流成本。(交通运输部、发展改革委负责)\n");
    Task before = plan.task("一", "1").orElseThrow();
    assertThat(roles(before)).isEqualTo("市场监管总局 RESPONSIBLE, 商务部 RESPONSIBLE");
    assertThat(before.carriedRules()).isEmpty();

    Task stating = plan.task("一", "2").orElseThrow();
    assertThat(roles(stating)).isEqualTo("税务总局 LEAD, 财政部 RESPONSIBLE, 海关总署 RESPONSIBLE");
    assertThat(stating.carriedRules()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(CarriedRule.Kind.FIRST_LISTED_LEADS);
      assertThat(r.text()).isEqualTo("排在第一位的部门为牵头部门,下同");
    });

    Task after = plan.task("一", "3").orElseThrow();
    assertThat(roles(after)).isEqualTo("交通运输部 LEAD, 发展改革委 RESPONSIBLE");
    assertThat(after.carriedRules()).extracting(CarriedRule::text).containsExactly("排在第一位的部门为牵头部门,下同");
    // A State Council plan: the bare 发展改革委 keeps its name, and it is a national body.
    assertThat(after.statedUnits().get(1).kind()).isEqualTo(UnitKind.NATIONAL);
    assertThat(plan.tasks().ledBy("交通运输部").count()).isEqualTo(1);
  }

  @Test
  void firstListedLeadsAfterAFullStopWithEtc() {
    Task task = only(PlanLoader.strict().load("国务院关于印发进一步优化营商环境更好服务市场主体实施意见的通知\n一、主要任务\n"
        + "1、推动工业互联网发展。(工业和信息化部、发展改革委等负责。列第一位者为牵头单位,下同)\n"));
    assertThat(roles(task)).isEqualTo("工业和信息化部 LEAD, 发展改革委 RESPONSIBLE");
    assertThat(task.carriedRules()).extracting(CarriedRule::text).containsExactly("列第一位者为牵头单位,下同");
  }

  @Test
  void aListWithEtcAndTheProvincialGovernments() {
    Task task = only(PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、加大贫困地区教育投入。(扶贫办、教育部等和各省级人民政府负责)\n"));
    assertThat(task.statedUnits()).extracting(Unit::name).containsExactly("扶贫办", "教育部", "各省级人民政府");
    assertThat(task.statedUnits()).extracting(Unit::kind)
        .containsExactly(UnitKind.NATIONAL, UnitKind.NATIONAL, UnitKind.COLLECTIVE);
    assertThat(task.roles()).extracting(UnitAssignment::role).containsOnly(UnitRole.RESPONSIBLE);
  }

  @Test
  void runningTextLeadAndSupport() {
    Task task = only(PlanLoader.strict().load("一、主要任务\n"
        + "1、2013年底前,完成全市价格监测体系建设,由市发展改革局牵头,市财政局配合。\n"));
    assertThat(roles(task)).isEqualTo("市发展改革局 LEAD, 市财政局 SUPPORTING");
    // The clause is part of the sentence: the task's text keeps it.
    assertThat(task.text()).contains("由市发展改革局牵头,市财政局配合");
    assertThat(task.effectiveDeadlines()).isNotEmpty();
  }

  @Test
  void runningTextThatNamesWhoPaysIsNoClause() {
    // Guangzhou item 27: 由市财政给予项目启动资助 names who pays, not who is responsible.
    Task task = only(PlanLoader.strict().load("关于推进人才集聚工程的实施意见\n三、\n"
        + "27、杰出青年人才支持项目。由市财政给予项目启动资助,5年内重点引进、培养和扶持100名杰出青年人才。"
        + "（牵头单位：团市委，配合单位：市人力资源和社会保障局）\n"));
    assertThat(roles(task)).isEqualTo("团市委 LEAD, 市人力资源和社会保障局 SUPPORTING");
  }

  @Test
  void aBlanketClauseAddsItsUnitToEveryLaterTask() {
    Plan plan = PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、建立“无废城市”建设指标体系。(生态环境部牵头,国家发展改革委、工业和信息化部参与,以下均需试点城市政府落实,不再列出)\n"
        + "2、开展资源综合利用评价。(自然资源部、工业和信息化部指导)\n");
    Task stating = plan.task("一", "1").orElseThrow();
    assertThat(stating.statedUnits()).extracting(Unit::name)
        .containsExactly("生态环境部", "国家发展改革委", "工业和信息化部");
    assertThat(stating.effectiveUnits()).extracting(Unit::name)
        .containsExactly("生态环境部", "国家发展改革委", "工业和信息化部", "试点城市政府");
    Task later = plan.task("一", "2").orElseThrow();
    assertThat(roles(later)).isEqualTo("自然资源部 GUIDING, 工业和信息化部 GUIDING, 试点城市政府 RESPONSIBLE");
    assertThat(later.statedUnits()).extracting(Unit::name).containsExactly("自然资源部", "工业和信息化部");
    assertThat(later.carriedRules()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(CarriedRule.Kind.BLANKET);
      assertThat(r.text()).isEqualTo("以下均需试点城市政府落实,不再列出");
      assertThat(r.units()).extracting(Unit::name).containsExactly("试点城市政府");
    });
    assertThat(plan.tasks().ownedBy("试点城市政府").count()).isEqualTo(2);
    assertThat(plan.units()).extracting(Unit::name).contains("试点城市政府");
  }

  @Test
  void severalClausesInOneBracketAndALenticularBracket() {
    // Sichuan: a responsible list closed by 按职责分工负责, then a blanket clause carried by 下同.
    Plan plan = PlanLoader.strict().load("四川省“十四五”现代流通体系建设实施方案\n一、深化现代流通市场化改革\n"
        + "(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。"
        + "〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
        + "(二)优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位:省市场监管局〕\n");
    Task first = plan.task("一", "(一)").orElseThrow();
    assertThat(first.statedUnits()).extracting(Unit::name)
        .containsExactly("省发展改革委", "省市场监管局", "商务厅", "省大数据中心");
    assertThat(first.effectiveUnits()).extracting(Unit::name).last().isEqualTo("相关市(州)人民政府");
    assertThat(first.statedUnits().get(2).kind()).isEqualTo(UnitKind.PROVINCIAL);
    Task second = plan.task("一", "(二)").orElseThrow();
    assertThat(second.effectiveUnits()).extracting(Unit::name).containsExactly("省市场监管局", "相关市(州)人民政府");
    assertThat(second.carriedRules()).extracting(CarriedRule::text)
        .containsExactly("具体任务均涉及相关市(州)人民政府,不再做分工,下同");
    assertThat(first.text()).doesNotContain("责任单位");
  }

  @Test
  void severalClausesInOneItem() {
    Task task = only(PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、强化监管执法(市场监管总局负责),开展资源综合利用评价(自然资源部、工业和信息化部指导)。\n"));
    assertThat(roles(task)).isEqualTo("市场监管总局 RESPONSIBLE, 自然资源部 GUIDING, 工业和信息化部 GUIDING");
    assertThat(task.text()).isEqualTo("强化监管执法,开展资源综合利用评价。");
  }

  @Test
  void unitsBeforeAKeyLessListGetTheRoleOfItsVerb() {
    // Kunming Guandu 2016: 区水务局等部门 ends a list; the verb 配合 after the next part covers both.
    Task task = only(PlanLoader.strict().load("一、主要任务\n"
        + "4、加快推进重大项目建设。(区发改局牵头,区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门,区国投公司、各街道办事处配合)\n"));
    assertThat(roles(task)).isEqualTo("区发改局 LEAD, 区财政局 SUPPORTING, 区交运局 SUPPORTING, "
        + "区经贸投促局 SUPPORTING, 区住建局 SUPPORTING, 区水务局 SUPPORTING, 区国投公司 SUPPORTING, "
        + "各街道办事处 SUPPORTING");
  }

  @Test
  void nationalBodiesKeepTheirNamesInACitysPlan() {
    Plan plan = PlanLoader.strict().load("东莞市人民政府办公室关于印发《东莞市生态文明建设方案》的通知\n一、主要任务\n"
        + "1、2012年前,建立生态补偿机制。(责任单位:生态环境部、财政部)\n"
        + "2、2012年前,完善财政保障。(责任单位:财政局、东莞市民政局)\n");
    assertThat(plan.task("一", "1").orElseThrow().statedUnits()).extracting(Unit::name)
        .containsExactly("生态环境部", "财政部");
    assertThat(plan.task("一", "2").orElseThrow().statedUnits()).extracting(Unit::name)
        .containsExactly("市财政局", "市民政局");
    assertThat(plan.tasks().ownedBy("财政局").count()).isEqualTo(1);
    assertThat(plan.tasks().ownedBy("财政部").count()).isEqualTo(1);
    assertThat(PlanLoader.seed().tasks().ownedBy("财政局").dueIn(2011).count()).isEqualTo(4);
  }

  @Test
  void bareDepartmentsOfANationalPlanKeepTheirNamesAndAreFoundByThem() {
    Plan plan = PlanLoader.strict().load(STATE_COUNCIL + "一、主要任务\n"
        + "1、加大贫困地区教育投入。(扶贫办、统计局负责)\n");
    assertThat(only(plan).statedUnits()).extracting(Unit::name).containsExactly("扶贫办", "统计局");
    assertThat(plan.tasks().ownedBy("扶贫办").count()).isEqualTo(1);
    assertThat(only(plan).roleOf("统计局")).hasValue(UnitRole.RESPONSIBLE);
  }

  @Test
  void aBracketWithAResponsibilityWordAndNoUnitIsReported() {
    String text = "一、主要任务\n1、2012年前,建立制度。(牵头单位:)\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(2);
      assertThat(d.span().column()).isEqualTo(15);   // "1、2012年前,建立制度。" is 14 characters
      assertThat(d.message()).contains("(牵头单位:)");
    });
    assertThatThrownBy(() -> PlanLoader.strict().load(text)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("2:15: ");

    // A key without its colon is still a responsibility word the loader did not read.
    assertThat(PlanLoader.standard().load("一、主要任务\n1、建立制度。(牵头单位市民政局)\n").diagnostics())
        .extracting(Diagnostic::message).singleElement().asString().contains("responsibility");
  }

  @Test
  void aUnitNameLongerThanThirtyCharactersIsReported() {
    String name = "市" + "社区服务".repeat(8) + "中心";   // 35 characters
    String text = "一、主要任务\n1、建立制度。(责任单位:市民政局、" + name + ")\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(2);
      assertThat(d.span().column()).isEqualTo(19);   // after "1、建立制度。(责任单位:市民政局、", 18 characters
      assertThat(d.span().length()).isEqualTo(35);
      assertThat(d.message()).contains("longer than 30");
    });
    assertThatThrownBy(() -> PlanLoader.strict().load(text)).isInstanceOf(PlanFormatException.class);
  }

  @Test
  void theSeedKeepsItsUnitsAndLeads() {
    Plan seed = PlanLoader.seed();
    assertThat(seed.tasks().ledBy("市民政局").count()).isEqualTo(19);
    assertThat(seed.diagnostics()).isEmpty();
    Task task = seed.task("(一)", "6", "(1)").orElseThrow();
    assertThat(roles(task)).isEqualTo(
        "市民政局 RESPONSIBLE, 市人事局 RESPONSIBLE, 市机编办 RESPONSIBLE, 市财政局 RESPONSIBLE");
    assertThat(task.carriedRules()).isEmpty();
  }

  @Test
  void aThreeMegabyteUnitEndingInEtcLoads() {
    // Issue 13: this line took 171 s when every 等 dropped made a copy of the name.
    Plan plan = PlanLoader.standard().load(
        "一、总则\n1、2012年前完成甲工作。(责任单位:市民政局" + "等".repeat(1_000_000) + ")\n");
    assertThat(plan.units()).extracting(Unit::name).containsExactly("市民政局");
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void rolesAndCarriedRulesAreWrittenBackAndLoadAgain() {
    for (String text : new String[] {
        STATE_COUNCIL + "一、主要任务\n"
            + "1、建立指标体系。(生态环境部牵头,国家发展改革委、工业和信息化部参与,以下均需试点城市政府落实,不再列出)\n"
            + "2、开展资源综合利用评价。(自然资源部、工业和信息化部指导)\n",
        "国务院关于印发降低实体经济企业成本工作方案的通知\n一、主要任务\n"
            + "1、落实税收优惠政策。(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)\n"
            + "2、降低物流成本。(交通运输部、发展改革委负责)\n",
        "关于推进人才集聚工程的实施意见\n二、实施重点人才项目\n"
            + "19、农村实用人才培养项目。加大新型农民科技培训力度。（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）\n"}) {
      Plan plan = PlanLoader.strict().load(text);
      String written = PlanWriter.write(plan);
      assertThat(PlanLoader.strict().load(written)).as(written).isEqualTo(plan);
      Plan back = PlanJson.roundTrip(plan);
      assertThat(back).isEqualTo(plan);
      assertThat(back.allTasks()).extracting(Task::carriedRules).isEqualTo(
          plan.allTasks().stream().map(Task::carriedRules).toList());
    }
  }

  @Test
  void rulesStatedInAHeadingOrAloneHoldForTheTasksAfterThem() {
    Plan plan = PlanLoader.strict().load(STATE_COUNCIL
        + "三、主要任务(以下均需试点城市政府落实,不再列出)\n"
        + "1、建立指标体系。(生态环境部、国家发展改革委负责)\n"
        + "2、明确部门分工。(排在第一位的部门为牵头部门,下同)\n"
        + "3、开展资源综合利用评价。(自然资源部、工业和信息化部负责)\n");
    assertThat(roles(plan.task("三", "1").orElseThrow())).isEqualTo(
        "生态环境部 RESPONSIBLE, 国家发展改革委 RESPONSIBLE, 试点城市政府 RESPONSIBLE");
    assertThat(roles(plan.task("三", "3").orElseThrow())).isEqualTo(
        "自然资源部 LEAD, 工业和信息化部 RESPONSIBLE, 试点城市政府 RESPONSIBLE");
    assertThat(plan.task("三", "3").orElseThrow().carriedRules()).extracting(CarriedRule::kind)
        .containsExactly(CarriedRule.Kind.FIRST_LISTED_LEADS, CarriedRule.Kind.BLANKET);
  }

  @Test
  void chaozhouTwoClausesABlanketClauseAndAClauseCutByThePage() throws java.io.IOException {
    Plan plan;
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/responsibility/chaozhou-blue-sky-2019-excerpt.txt")) {
      plan = PlanLoader.standard().load(in);
    }
    Task first = plan.task("二", "(一)", "1").orElseThrow();
    // 〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与,各县、区人民政府(管委会)负责落实。以下…〕
    // then (市生态环境局、市场监管局牵头,市发展和改革局、工业和信息化局参与): the 市 of this city's plan
    // goes on 工业和信息化局, 自然资源局 and 市场监管局 too.
    assertThat(roles(first)).isEqualTo("市生态环境局 LEAD, 市发展和改革局 SUPPORTING, 市工业和信息化局 SUPPORTING, "
        + "市自然资源局 SUPPORTING, 各县、区人民政府(管委会) RESPONSIBLE, 市市场监管局 LEAD");
    assertThat(first.leadUnit().map(Unit::name)).hasValue("市生态环境局");

    Task second = plan.task("二", "(一)", "2").orElseThrow();
    // The page cuts item 2's clause after 应急管理局、: the leads are read, the cut list is not.
    assertThat(roles(second)).isEqualTo("市生态环境局 LEAD, 市发展和改革局 LEAD, 市工业和信息化局 LEAD, "
        + "各县、区人民政府(管委会) RESPONSIBLE");
    assertThat(second.carriedRules()).extracting(CarriedRule::text)
        .containsExactly("以下各项工作均需各县、区人民政府(管委会)落实,不再列出");
    assertThat(plan.diagnostics()).filteredOn(d -> d.message().contains("no closing bracket"))
        .singleElement().satisfies(d -> {
          assertThat(d.span().line()).isEqualTo(5);
          assertThat(d.span().column()).isEqualTo(102);
        });
  }
}
