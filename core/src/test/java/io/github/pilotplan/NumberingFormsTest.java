package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every numbering form of issue 15, each from a real sentence: the quotes, the seed, and
 * excerpts of the real-document corpus (test resources {@code documents/guangzhou-talent-2012-items-9-12.txt},
 * sources in {@code documents/README.sources.md}).
 */
class NumberingFormsTest {

  private static Plan resource(String name) throws IOException {
    try (InputStream in = NumberingFormsTest.class.getResourceAsStream("/documents/" + name)) {
      return PlanLoader.strict().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static java.util.List<String> paths(Plan plan) {
    return plan.sections().map(Section::pathText).toList();
  }

  // N. and N． before a digit

  @Test
  void anItemWhoseStatementStartsWithAYear() {
    // The sentence: item 1, whose statement starts with 2013年.
    String text = "东莞市社区服务试点方案\n一、工作步骤\n1.2013年6月底前,在长安镇开展试点。\n2．2014年底前,在全市推广。\n";
    Plan plan = PlanLoader.strict().load(text);
    assertThat(paths(plan)).containsExactly("一", "一 › 1", "一 › 2");
    Task first = plan.task("一", "1").orElseThrow();
    assertThat(first.text()).isEqualTo("2013年6月底前,在长安镇开展试点。");
    assertThat(first.statedDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("2013年6月底前");
      assertThat(d.dueYear()).hasValue(2013);
      assertThat(d.dueMonth()).hasValue(6);
    });
    assertThat(first.towns()).extracting(t -> t.name()).containsExactly("长安镇");
    Task second = plan.task("一", "2").orElseThrow();
    assertThat(second.statedDeadlines()).singleElement().satisfies(d -> assertThat(d.dueYear()).hasValue(2014));
    assertThat(plan.section("一", "2").orElseThrow().label().written()).isEqualTo("2．");
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void anItemWhoseTitleStartsWithANumberFollowsItsSiblings() throws IOException {
    // 广州 2012: "11.121人才梯队项目。重点培养…" after item 10 is item 11, titled 121人才梯队项目.
    Plan plan = resource("guangzhou-talent-2012-items-9-12.txt");
    assertThat(paths(plan)).containsExactly("(二)", "(二) › 9", "(二) › 10", "(二) › 11", "(二) › 12");
    Section eleven = plan.section("(二)", "11").orElseThrow();
    assertThat(eleven.title()).hasValue("121人才梯队项目");
    assertThat(plan.task("(二)", "11").orElseThrow().text()).startsWith("重点培养不少于10名站在世界科技前沿的");
    assertThat(plan.section("(二)", "12").flatMap(Section::title)).hasValue("博士后培养项目");
    // 9.“百人计划”拓展项目。 — a title may quote a name.
    assertThat(plan.section("(二)", "9").flatMap(Section::title)).hasValue("“百人计划”拓展项目");
    assertThat(plan.diagnostics()).isEmpty();
    assertThat(PlanLoader.strict().load(PlanWriter.write(plan)).sections().map(Section::pathText))
        .containsExactlyElementsOf(paths(plan));
  }

  @Test
  void aDecimalOutOfSequenceIsANumberInTheParagraph() {
    // 1.5万元 after item 1 cannot be item 1 again, and runs into a measure: a number.
    String text = "(二)落实经费保障\n1.市、镇两级财政每年安排专项资金。\n1.5万元以下的项目由镇街审批。\n";
    Plan plan = PlanLoader.strict().load(text);
    assertThat(paths(plan)).containsExactly("(二)", "(二) › 1");
    assertThat(plan.task("(二)", "1").orElseThrow().text())
        .isEqualTo("市、镇两级财政每年安排专项资金。\n1.5万元以下的项目由镇街审批。");
  }

  @Test
  void aDecimalThatCouldBeTheNextItemIsANumberAndADiagnostic() {
    // 2.5% after item 1: item 2 or the number 2.5? Read as the number, and said so.
    String text = "(二)落实经费保障\n1.市、镇两级财政每年安排专项资金。\n2.5%的资金用于社工培训。\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(paths(plan)).containsExactly("(二)", "(二) › 1");
    assertThat(plan.task("(二)", "1").orElseThrow().text()).endsWith("\n2.5%的资金用于社工培训。");
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(3);
      assertThat(d.span().column()).isEqualTo(1);
      assertThat(d.message()).contains("2.5").contains("item 2");
    });
    assertThatThrownBy(() -> PlanLoader.strict().load(text))
        .isInstanceOf(PlanFormatException.class)
        .satisfies(e -> assertThat(((PlanFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void aNumberThatLooksLikeAnItemOutOfSequenceIsADiagnostic() {
    // "11.121人才梯队项目" where item 4 is due: not read as item 11, and said so.
    String text = "(二)科技创新人才行动计划\n3.博士后培养项目。深入实施博士后培养工程。\n11.121人才梯队项目。重点培养后备人才。\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(paths(plan)).containsExactly("(二)", "(二) › 3");
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(3);
      assertThat(d.message()).contains("item 11");
    });
  }

  // N) and (N) in both widths

  @Test
  void closingBracketItemsNestInsideSubItems() {
    // The seed's (一)4(1), its two clauses numbered 1) and 2）.
    String text = "(1)2009年,开展社会组织依法参政议政专题调研,提出社会组织依法参政议政的意见建议。\n"
        + "1)开展社会组织依法参政议政专题调研。\n"
        + "2）提出社会组织依法参政议政的意见建议。\n";
    Plan plan = PlanLoader.strict().load(text);
    assertThat(paths(plan)).containsExactly("(1)", "(1) › 1)", "(1) › 2)");
    Section second = plan.section("(1)", "2)").orElseThrow();
    assertThat(second.level()).isEqualTo(Level.MINOR_ITEM);
    assertThat(second.label().written()).isEqualTo("2）");
    assertThat(second.label().text()).isEqualTo("2)");
    assertThat(PlanLoader.strict().load(PlanWriter.write(plan))).isEqualTo(plan);
    assertThat(plan.task("(1)", "1)").orElseThrow().effectiveDeadlines())
        .singleElement().satisfies(d -> assertThat(d.dueYear()).hasValue(2009));
  }

  @Test
  void labelsParseAndPrintCanonically() {
    assertThat(Labels.parse("（3）2011年,在全市铺开村级体制改革。").orElseThrow()).isEqualTo(Label.of(Level.SUB_ITEM, 3));
    assertThat(Labels.parse("1．2013年6月底前").orElseThrow().text()).isEqualTo("1");
    assertThat(Labels.parse("1.5万元")).isEmpty();
    assertThat(Labels.parse("2.5%")).isEmpty();
    assertThat(Labels.parse("2.6月底前完成").orElseThrow().ordinal()).isEqualTo(2);
    assertThat(Labels.parse("3）制定方案").orElseThrow().text()).isEqualTo("3)");
    assertThat(Labels.parse("第三十六条　本条例自2013年1月1日起施行。").orElseThrow())
        .isEqualTo(Label.of(Level.ARTICLE, 36));
    assertThat(Labels.parse("第一百零五条").orElseThrow().text()).isEqualTo("第一百零五条");
    assertThat(Label.of(Level.ARTICLE, 110).text()).isEqualTo("第一百一十条");
    assertThat(Labels.parse("第2章 管理").orElseThrow().text()).isEqualTo("第二章");
    assertThat(Labels.parse("第一节　一般规定").orElseThrow().level()).isEqualTo(Level.DIVISION);
    assertThat(Labels.parse("第二款").orElseThrow().level()).isEqualTo(Level.CLAUSE);
    assertThat(Labels.parse("第三条规定的情形除外。")).isEmpty();   // a reference, not a label
    assertThat(Labels.parse("第一批试点镇街")).isEmpty();
    assertThat(Labels.parse("0、")).isEmpty();
    assertThat(Labels.parse("一．总体要求").orElseThrow()).isEqualTo(Label.of(Level.CHAPTER, 1));
    assertThat(PlanLoader.standard().load("一、总体要求\n一)加强领导。\n").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\"一)\""));
    assertThat(Labels.of("第三条")).isEqualTo(Label.of(Level.ARTICLE, 3));
    assertThat(Labels.of("2)")).isEqualTo(Label.of(Level.MINOR_ITEM, 2));
  }

  // 第N章 / 第N节 / 第N条 / 第N款

  /** A 条例 of 36 articles in four chapters, numbered through, as regulations are. */
  private static String regulation() {
    int[] chapterStarts = {1, 6, 21, 31};
    String[] chapters = {"总则", "犬只登记", "管理措施", "附则"};
    StringBuilder sb = new StringBuilder("东莞市养犬管理条例\n");
    int chapter = 0;
    for (int article = 1; article <= 36; article++) {
      if (chapter < 4 && article == chapterStarts[chapter]) {
        sb.append(Label.of(Level.PART, chapter + 1).text()).append("　").append(chapters[chapter]).append('\n');
        chapter++;
      }
      sb.append(Label.of(Level.ARTICLE, article).text()).append("　本条例第").append(article)
          .append("项规定由市公安局负责实施。\n");
    }
    return sb.toString();
  }

  @Test
  void aRegulationOf36ArticlesGives36ArticlesUnderTheirChapters() {
    Plan plan = PlanLoader.strict().load(regulation());
    assertThat(plan.title()).hasValue("东莞市养犬管理条例");
    assertThat(plan.outline()).extracting(s -> s.label().text() + " " + s.title().orElse(""))
        .containsExactly("第一章 总则", "第二章 犬只登记", "第三章 管理措施", "第四章 附则");
    assertThat(plan.sections().filter(s -> s.level() == Level.ARTICLE).count()).isEqualTo(36);
    assertThat(plan.outline()).extracting(s -> s.children().size()).containsExactly(5, 15, 10, 6);
    assertThat(plan.section("第二章", "第六条")).isPresent();
    assertThat(plan.section("第四章", "第三十六条")).isPresent();
    assertThat(plan.task("第三章", "第二十一条").orElseThrow().text()).isEqualTo("本条例第21项规定由市公安局负责实施。");
    // Articles carry no titles: their first sentence is the article.
    assertThat(plan.sections().filter(s -> s.level() == Level.ARTICLE)).allMatch(s -> s.title().isEmpty());
    assertThat(plan.diagnostics()).isEmpty();
    assertThat(PlanLoader.strict().load(PlanWriter.write(plan))).isEqualTo(plan);
  }

  @Test
  void anArticleListsItsItemsAndAReferenceIsNoArticle() {
    // 广州市社区社会组织管理试行办法 (2008), 第三条 and its (一)…; then a line that opens with a reference.
    String text = "第一章　总则\n"
        + "第三条　下列机构、组织不适用本办法：\n"
        + "（一）党政机关内部设立的机构、组织；\n"
        + "（二）企事业单位内部设立的机构、组织；\n"
        + "第三条规定的机构、组织由其主管单位管理。\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(paths(plan)).containsExactly("第一章", "第一章 › 第三条", "第一章 › 第三条 › (一)", "第一章 › 第三条 › (二)");
    assertThat(plan.task("第一章", "第三条", "(二)").orElseThrow().text())
        .isEqualTo("企事业单位内部设立的机构、组织;\n第三条规定的机构、组织由其主管单位管理。");
    // An article whose statement opens like a reference writes and reads back as the article.
    Plan article = PlanLoader.strict().load("第一章　总则\n第三条　规定的期限内完成登记。\n");
    assertThat(PlanLoader.strict().load(PlanWriter.write(article))).isEqualTo(article);
    // 第三条规定… stands where a label would: said, not silently taken as text.
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(5);
      assertThat(d.message()).contains("第三条");
    });
  }

  // No silent misreading: skips, repeats, look-alikes

  @Test
  void aSkipOrARepeatAtOneLevelIsADiagnosticAndStrictRefusesIt() {
    String skip = "一、总体要求\n1、2012年前完成甲工作。\n3、2012年前完成乙工作。\n";
    Plan skipped = PlanLoader.standard().load(skip);
    assertThat(paths(skipped)).containsExactly("一", "一 › 1", "一 › 3");
    assertThat(skipped.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(3);
      assertThat(d.span().column()).isEqualTo(1);
      assertThat(d.message()).contains("skips 2");
    });
    assertThatThrownBy(() -> PlanLoader.strict().load(skip)).isInstanceOf(PlanFormatException.class);

    String repeat = "一、总体要求\n(一)完善网络\n1、2012年前完成甲工作。\n1、2012年前完成乙工作。\n";
    Plan repeated = PlanLoader.standard().load(repeat);
    assertThat(repeated.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(4);
      assertThat(d.message()).contains("repeats");
    });
    assertThatThrownBy(() -> PlanLoader.strict().load(repeat)).isInstanceOf(PlanFormatException.class);

    // (三) opens 二 where (一) or, numbered on, (二) was due.
    String firstNotOne = "一、总体要求\n(一)完善网络\n二、保障措施\n(三)落实经费\n";
    assertThat(PlanLoader.standard().load(firstNotOne).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.span().line()).isEqualTo(4));
  }

  @Test
  void restartedNumberingIsLegitimate() {
    // Issue 13's text: a new 一、 starts the outline again.
    String again = "一、总则\n1、2012年前完成甲工作。(责任单位:市民政局)\n一、总则\n1、2011年前完成乙工作。(责任单位:市财政局)\n";
    assertThat(PlanLoader.strict().load(again).allTasks()).hasSize(2);
    // An attachment numbers again from 一. "附件" alone on a line opens a part of its own (附件1);
    // "附件:…" with the attachment's name is metadata and closes the plan's items.
    String attached = "一、总则\n1、2012年前完成甲工作。\n二、保障措施\n附件\n东莞市社区服务任务分解表\n一、社区服务\n1、2011年前完成乙工作。\n";
    Plan part = PlanLoader.strict().load(attached);
    assertThat(part.outline()).extracting(s -> s.label().text()).containsExactly("一", "二", "附件1");
    assertThat(part.allTasks()).extracting(Task::pathText).containsExactly("一 › 1", "附件1 › 一 › 1");
    String named = "一、总则\n1、2012年前完成甲工作。\n二、保障措施\n附件:东莞市社区服务任务分解表\n一、社区服务\n1、2011年前完成乙工作。\n";
    Plan plan = PlanLoader.strict().load(named);
    assertThat(plan.outline()).extracting(s -> s.label().text()).containsExactly("一", "二", "一");
    assertThat(plan.lines()).filteredOn(l -> l.line() == 4).extracting(SourceLine::role)
        .containsExactly(LineRole.METADATA);
    assertThat(plan.task("二")).isEmpty();
    // A sentence about an attachment is a paragraph, not the mark.
    Plan about = PlanLoader.strict().load("一、总则\n1、2012年前完成甲工作\n附件所列项目另行下达\n");
    assertThat(about.task("一", "1").orElseThrow().text()).isEqualTo("2012年前完成甲工作\n附件所列项目另行下达");
    // Items numbered on through sections (广州 2012: 1.–39. across (一)…(六)).
    String through = "(一)产业提升人才行动计划\n1、甲项目。\n2、乙项目。\n(二)科技创新人才行动计划\n3、丙项目。\n";
    assertThat(PlanLoader.strict().load(through).diagnostics()).isEmpty();
  }

  @Test
  void aPageThatStartsMidPlanAndPagesThatRunOnHaveNoDiagnostic() {
    assertThat(PlanLoader.seed().diagnostics()).isEmpty();
    // A page that starts at the seed's (一)5(3): (3) and (4) hang under an inferred 5, then 6.
    Plan page = PlanLoader.strict().load("(3)通过完善社会组织市场调节。\n(4)加强深莞惠三地合作。通过共同搭建社会组织交流平台。\n"
        + "6、加强社会组织人才队伍建设\n");
    assertThat(paths(page)).containsExactly("5", "5 › (3)", "5 › (4)", "6");
    assertThat(page.diagnostics()).isEmpty();
    assertThat(PlanLoader.strict().loadPages(java.util.List.of(MultiPageTest.PAGE_1, MultiPageTest.PAGE_2))
        .diagnostics()).isEmpty();
  }

  @Test
  void aLineThatLooksLikeALabelIsADiagnostic() {
    String text = "一、保障措施\n(一)加强组织领导。\n1,成立工作领导小组。\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(paths(plan)).containsExactly("一", "一 › (一)");
    Diagnostic d = plan.diagnostics().get(0);
    assertThat(plan.diagnostics()).hasSize(1);
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.span().column()).isEqualTo(1);
    assertThat(d.span().length()).isEqualTo(2);
    assertThat(d.message()).contains("\"1,\"");
    // The line is kept, in the paragraph of the item above it.
    assertThat(plan.task("一", "(一)").orElseThrow().text()).contains("1,成立工作领导小组。");
    // Ordinary openings are not labels and not look-alikes.
    assertThat(PlanLoader.strict().load("一、工作目标\n(一)完善网络\n2012年前,建成社区服务中心。\n80%以上的社区达标。\n一是加强领导。\n")
        .diagnostics()).isEmpty();
  }
}
