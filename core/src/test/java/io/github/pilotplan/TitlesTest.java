package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.LineRole;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Document titles and item titles in the forms of issue 15: a numbered first line that is no
 * document title, titles split over lines, item titles with commas or longer than 20 characters.
 * The three-line title is lines 1–19 of the corpus document state-council-culture-2018 (test
 * resource {@code documents/state-council-culture-2018-head.txt}).
 */
class TitlesTest {

  @Test
  void aNumberedFirstLineEndingInPlanIsAHeadingNotTheTitle() {
    // The heading, on the first line of a page that starts at chapter 四.
    String page = "四、固本强基行动计划\n(一)加强基层党组织建设。2014年底前,完成村(社区)党组织换届。\n";
    Plan plan = PlanLoader.strict().load(page);
    assertThat(plan.title()).isEmpty();
    assertThat(plan.section("四").flatMap(Section::title)).hasValue("固本强基行动计划");
    assertThat(plan.lines()).filteredOn(l -> l.line() == 1).extracting(SourceLine::role)
        .containsExactly(LineRole.HEADING);
    assertThat(plan.task("四", "(一)").orElseThrow().title()).hasValue("加强基层党组织建设");
    // With the document title above it, the title stays the title and 四 a heading.
    Plan titled = PlanLoader.strict().load("东莞市基层党建工作要点\n" + page);
    assertThat(titled.title()).hasValue("东莞市基层党建工作要点");
    assertThat(titled.section("四").flatMap(Section::title)).hasValue("固本强基行动计划");
  }

  @Test
  void aTitleSplitOverTwoLinesIsJoined() {
    String text = "国务院办公厅关于印发\"无废城市\"建设\n试点工作方案的通知\n\n一、总体要求\n(一)指导思想。以习近平新时代中国特色社会主义思想为指导。\n";
    Plan plan = PlanLoader.strict().load(text);
    assertThat(plan.title()).hasValue("国务院办公厅关于印发\"无废城市\"建设试点工作方案的通知");
    assertThat(plan.issuer()).hasValue("国务院办公厅");
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.METADATA)
        .extracting(SourceLine::line).containsExactly(1, 2);
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void aTitleWhoseLastWordsWrapToTheNextLineIsJoined() {
    Plan plan = PlanLoader.strict().load("东莞市人民政府办公室关于印发东莞市社区服务试点方案\n的通知\n一、工作目标\n");
    assertThat(plan.title()).hasValue("东莞市人民政府办公室关于印发东莞市社区服务试点方案的通知");
    assertThat(plan.metadata()).isEmpty();
  }

  @Test
  void aTitleOverThreeLinesAndTheNoticeAroundItAreMetadata() throws IOException {
    Plan plan;
    try (InputStream in = getClass().getResourceAsStream("/documents/state-council-culture-2018-head.txt")) {
      plan = PlanLoader.strict().load(in);
    }
    assertThat(plan.title()).hasValue(
        "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知");
    assertThat(plan.issuer()).hasValue("国务院办公厅");
    // Document number, addressee, cover letter, issuer, date, 此件公开发布, the 规定's own title
    // (two lines) and its preamble: lines 4, 6–10, 13, 14 and 16.
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.METADATA)
        .extracting(SourceLine::line).containsExactly(1, 2, 3, 4, 6, 7, 8, 9, 10, 13, 14, 16);
    assertThat(plan.metadata()).startsWith("国办发〔2018〕124号");
    assertThat(plan.section("一").flatMap(Section::title)).hasValue("关于公司制股份制改革");
    // (一)'s first sentence is the whole statement (two long phrases); (二) opens with a title.
    assertThat(plan.task("一", "(一)").orElseThrow().title()).isEmpty();
    assertThat(plan.task("一", "(二)").orElseThrow().title()).hasValue("完善法人治理结构");
  }

  @Test
  void aTitleAfterADocumentNumberOrWithASiteNote() {
    // 东莞 2018 (corpus dongguan-keji-fund-2018): the site lists "number《title》".
    Plan listed = PlanLoader.strict().load(
        "东府办〔2018〕3号《东莞市人民政府办公室关于印发〈东莞市“科技东莞”工程专项资金财务管理办法〉的通知》\n"
            + "第一章　总则\n第一条　为规范资金管理,制定本办法。\n");
    assertThat(listed.title()).hasValue("东莞市人民政府办公室关于印发《东莞市“科技东莞”工程专项资金财务管理办法》的通知");
    assertThat(listed.issuer()).hasValue("东莞市人民政府办公室");
    // 东莞 2009 (corpus dongguan-minzheng-pilot-2009): "(已失效)" is the site's note, not the title.
    Plan noted = PlanLoader.strict().load(
        "东莞市履行《民政部 广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议》试点方案(已失效)\n一、指导思想\n");
    assertThat(noted.title()).hasValue("东莞市履行《民政部 广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议》试点方案");
    assertThat(noted.name()).hasValue("民政部 广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议");
  }

  @Test
  void aTitleEndingInItsPeriodAndATitleInASitesTableOfFacts() {
    // 潮州 2019 (corpus chaozhou-blue-sky-2019): the title ends with its period in brackets, below a
    // line of the site's own; item 2's title holds a short note in brackets.
    Plan plan = PlanLoader.strict().load("日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:\n"
        + "潮州市打赢蓝天保卫战实施方案(2019-2020年)\n"
        + "一、调整优化产业结构\n"
        + "2.排查整治“散乱污”工业企业(场所)。全面落实综合整治工作方案要求,2019年9月底前,基本完成全市整治任务。\n");
    assertThat(plan.title()).hasValue("潮州市打赢蓝天保卫战实施方案(2019-2020年)");
    assertThat(plan.metadata()).containsExactly("日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:");
    assertThat(plan.task("一", "2").orElseThrow().title()).hasValue("排查整治“散乱污”工业企业(场所)");
    // 六盘水 2022 (corpus liupanshui-new-infrastructure-2022): the site's table names the notice.
    Plan table = PlanLoader.strict().load("文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |\n"
        + "名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n"
        + "(此件公开发布)\n"
        + "六盘水市新型基础设施建设三年行动方案(2022—2024年)\n"
        + "一、主要目标\n");
    assertThat(table.title()).hasValue("市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知");
    assertThat(table.lines()).extracting(SourceLine::role).containsExactly(
        LineRole.METADATA, LineRole.METADATA, LineRole.METADATA, LineRole.METADATA, LineRole.HEADING);
  }

  @Test
  void anItemTitleWithACommaIsSplitOffAtTheFirstFullStop() {
    // The item: two short phrases, then the statement.
    Plan plan = PlanLoader.strict().load("(一)强化顶层设计引领,发挥政府宏观指导作用。建立…\n");
    Task task = plan.task("(一)").orElseThrow();
    assertThat(task.title()).hasValue("强化顶层设计引领,发挥政府宏观指导作用");
    assertThat(task.text()).isEqualTo("建立…");
  }

  @Test
  void anItemTitleLongerThan20Characters() {
    // 国办发〔2018〕124号 (corpus state-council-culture-2018), (十四): one phrase of 25 characters,
    // then the statement. Ambiguous (the phrase is also the rule); read as the title, as an item
    // that opens with one phrase closed by 。 and goes on usually is.
    Plan plan = PlanLoader.strict().load("（十四）转制后自企业登记注册的次月起按企业办法参加社会保险。"
        + "转制时在职人员按国家规定计算的连续工龄，视同缴费年限，不再补缴基本养老保险费。\n");
    Task task = plan.task("(十四)").orElseThrow();
    assertThat(task.title()).hasValue("转制后自企业登记注册的次月起按企业办法参加社会保险");
    assertThat(task.text()).isEqualTo("转制时在职人员按国家规定计算的连续工龄,视同缴费年限,不再补缴基本养老保险费。");
  }

  @Test
  void aWholeLineHeadingWithCommasOver40Characters() {
    // 山西 2017 (corpus shanxi-central-rise-2017): (一) is one sentence of 38 characters over item 1
    // (whose statement is shortened here).
    Plan plan = PlanLoader.strict().load("二、重点任务与分工\n"
        + "(一)强化基础设施支撑,构建现代化、网络化、高品质、服务企业生产布局的基础设施体系。\n"
        + "1.加快推进综合交通运输网络建设。沿大湛、石太—太中银经济轴带,构建现代城际交通网络。\n");
    assertThat(plan.section("二", "(一)").flatMap(Section::title))
        .hasValue("强化基础设施支撑,构建现代化、网络化、高品质、服务企业生产布局的基础设施体系");
    assertThat(plan.task("二", "(一)")).isEmpty();
    assertThat(plan.task("二", "(一)", "1").orElseThrow().title()).hasValue("加快推进综合交通运输网络建设");
  }

  @Test
  void aHeadingWhoseWholeLineIsOneSentenceKeepsItAsItsTitle() {
    // 六盘水 2022 (corpus liupanshui-new-infrastructure-2022): "(一)推进大数据基础设施建设。" over its paragraph.
    Plan plan = PlanLoader.strict().load("二、重点任务\n(一)推进大数据基础设施建设。\n加快建设数据中心,到2024年,全市数据中心标准机架达到2万架。\n");
    assertThat(plan.section("二", "(一)").flatMap(Section::title)).hasValue("推进大数据基础设施建设");
    assertThat(plan.task("二", "(一)").orElseThrow().text()).startsWith("加快建设数据中心");
    assertThat(plan.lines()).filteredOn(l -> l.line() == 2).extracting(SourceLine::role)
        .containsExactly(LineRole.HEADING);
  }

  @Test
  void statementsAreNotTakenForTitles() {
    Plan seed = PlanLoader.seed();
    // (一)3(2): its first sentence has a 20-character phrase, a statement: no title.
    assertThat(seed.task("(一)", "3", "(2)").orElseThrow().title()).isEmpty();
    assertThat(seed.task("(一)", "3", "(2)").orElseThrow().text()).startsWith("通过政府购买服务或项目管理方式,");
    // A first sentence with a deadline, an amount or a rule is no title.
    assertThat(PlanLoader.strict().load("(1)2012年前,建成服务中心。再行推广。\n").task("(1)").orElseThrow().title()).isEmpty();
    // 国办发〔2018〕128号 style: after the sentence only its annotation, so the sentence is the task.
    assertThat(PlanLoader.strict().load("4、各地要长期坚持,常抓不懈。(责任单位:市民政局)\n").task("4").orElseThrow().title()).isEmpty();
    assertThat(PlanLoader.strict().load("(二十八)转制后的企业名称,应当符合企业名称登记管理的规定。原单位名称中冠以“中国”的,应当报批。\n")
        .task("(二十八)").orElseThrow().title()).isEmpty();
    assertThat(PlanLoader.strict().load("(二十三)经营性文化事业单位转制为企业后,五年内免征企业所得税。执行期限另行规定。\n")
        .task("(二十三)").orElseThrow().title()).isEmpty();
  }
}
