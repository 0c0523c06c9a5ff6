package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  @Test
  void theSeedWrittenBackLoadsAsAnEqualPlan() {
    Plan seed = PlanLoader.seed();
    String text = PlanWriter.write(seed);
    assertThat(text).isNotEqualTo(seed.text());
    Plan again = PlanLoader.strict().load(text);
    assertThat(again).isEqualTo(seed);
    // Writing is stable: the canonical text of the copy is the same text.
    assertThat(PlanWriter.write(again)).isEqualTo(text);
  }

  @Test
  void theCanonicalTextReadsLikeThePlan() {
    String text = PlanWriter.write(PlanLoader.seed());
    assertThat(text).startsWith("法搜网--中国法律信息搜索网\n东莞市人民政府办公室关于印发《");
    // (一) is inferred: it gets no line. Item 3 is a heading, its paragraph carries the units.
    assertThat(text).doesNotContain("(一)");
    assertThat(text).contains("  3、培育发展基层社区社会组织,增强社区社会组织服务功能\n\n  2012年前,全市社会组织健康发展");
    assertThat(text).contains("促进社区居民人际关系。(责任单位:市民政局、市财政局、市经贸局、市机编办)\n");
    // A short title that opened its statement line opens it again.
    assertThat(text).contains("  (4)加强深莞惠三地合作。通过共同搭建社会组织交流平台");
    assertThat(text).endsWith("共[10]页\n上面法规内容为部分内容\n");
  }

  @Test
  void aDocumentWithLeadUnitsMetadataAndPointsRoundTrips() throws IOException {
    Plan plan;
    try (InputStream in = getClass().getResourceAsStream("/documents/shilong-2011.txt")) {
      plan = PlanLoader.strict().load(in);
    }
    String text = PlanWriter.write(plan);
    // The annotation as the text wrote it: 市人事局(牵头) stands first and is marked lead.
    assertThat(text).contains("(责任单位:市人事局(牵头)、市民政局)");
    assertThat(PlanLoader.strict().load(text)).isEqualTo(plan);
  }

  @Test
  void aMarkedLeadThatIsNotFirstIsWrittenWithItsMarker() {
    Plan plan = PlanLoader.strict().load("一、目标\n1、2011年前,建立制度。(责任单位:市财政局、市民政局(牵头))\n");
    String text = PlanWriter.write(plan);
    assertThat(text).contains("(责任单位:市财政局、市民政局(牵头))");
    assertThat(PlanLoader.strict().load(text)).isEqualTo(plan);
  }

  @Test
  void severalPagesWriteBackAsOne() {
    Plan plan = PlanLoader.strict().loadPages(List.of(MultiPageTest.PAGE_1, MultiPageTest.PAGE_2));
    assertThat(PlanLoader.strict().load(PlanWriter.write(plan))).isEqualTo(plan);
  }

  /** Loads {@code text} (no diagnostic), writes it, and checks the text written reloads equal. */
  private static Plan roundTrip(String text) {
    Plan plan = PlanLoader.strict().load(text);
    assertThat(plan.diagnostics()).isEmpty();
    String written = PlanWriter.write(plan);
    Plan again = PlanLoader.strict().load(written);
    assertThat(again).as("reloaded from:%n%s", written).isEqualTo(plan);
    assertThat(again.allTasks()).extracting(t -> t.source().line())
        .as("each task written once").hasSameSizeAs(plan.allTasks());
    // Writing the copy gives the same text again.
    assertThat(PlanWriter.write(again)).isEqualTo(written);
    return plan;
  }

  @Test
  void issue12ATitleAfterALabelAndASecondSectionOfTheSamePath() {
    // Found by the round-trip property: two sections ①, the first with the title "(((" and the
    // paragraph ",始(局."; the second, empty, got the paragraph too (matched by path).
    Plan plan = roundTrip("①(((\n,始(局.\n①");
    assertThat(plan.sections()).extracting(Section::pathText).containsExactly("①", "①");
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly(",始(局.");
    assertThat(PlanWriter.write(plan)).containsOnlyOnce(",始(局.");
  }

  @Test
  void restartedNumberingWritesEachTaskOnceUnderItsOwnSection() {
    String text = "一、总则\n1、2012年前完成甲工作。(责任单位:市民政局)\n一、总则\n1、2011年前完成乙工作。(责任单位:市财政局)\n";
    Plan plan = roundTrip(text);
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("2012年前完成甲工作。", "2011年前完成乙工作。");
    String written = PlanWriter.write(plan);
    assertThat(written).containsOnlyOnce("甲工作").containsOnlyOnce("乙工作");
    assertThat(written.indexOf("甲工作")).isLessThan(written.indexOf("乙工作"));
    // Written again and again, it stays two tasks (it used to double each time).
    Plan twice = PlanLoader.strict().load(PlanWriter.write(PlanLoader.strict().load(written)));
    assertThat(twice.allTasks()).hasSize(2);
  }

  @Test
  void theSeedThreeTimesOverKeepsItsTaskCount() throws IOException {
    String page;
    try (InputStream in = PlanLoader.class.getResourceAsStream("seeds/000_8ddc76576f8f43b0.txt")) {
      page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Plan plan = PlanLoader.standard().load(page + "\n" + page + "\n" + page);
    Plan again = PlanLoader.standard().load(PlanWriter.write(plan));
    assertThat(again.allTasks()).hasSameSizeAs(plan.allTasks());
    if (plan.diagnostics().isEmpty()) {
      assertThat(again).isEqualTo(plan);
    }
  }

  @Test
  void aDumpOfManyPagesWritesBackNoLongerThanItWas() throws IOException {
    // Each copy of the page restarts the numbering: every path repeats 30 times. Matched by path,
    // every section got every copy's tasks (a 1 MB dump was written as 43 million characters).
    String page;
    try (InputStream in = PlanLoader.class.getResourceAsStream("seeds/000_8ddc76576f8f43b0.txt")) {
      page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String dump = (page + "\n").repeat(30);
    Plan plan = PlanLoader.standard().load(dump);
    assertThat(plan.allTasks()).hasSize(30 * 20);
    String written = PlanWriter.write(plan);
    assertThat(written.length()).isLessThan(dump.length());
    // Each copy's (二) repeats the one before: a diagnostic per copy, whose position moves in the
    // shorter text, so the plans compare by everything but those positions.
    Plan again = PlanLoader.standard().load(written);
    assertThat(again.allTasks()).isEqualTo(plan.allTasks());
    assertThat(again.outline()).isEqualTo(plan.outline());
    assertThat(again.diagnostics()).extracting(d -> d.message())
        .isEqualTo(plan.diagnostics().stream().map(d -> d.message()).toList()).hasSize(29);
  }

  @Test
  void aContinuationParagraphStaysWithTheTaskItsAnnotationOpened() {
    Plan plan = roundTrip("1、2012年前建成社区服务中心。(责任单位:市民政局)\n  同时做好宣传工作。");
    assertThat(plan.allTasks()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("2012年前建成社区服务中心。\n同时做好宣传工作。");
      assertThat(t.statedUnits()).containsExactly(Unit.of("市民政局"));
    });
  }

  @Test
  void aParagraphUnderALabelAloneStaysAParagraph() {
    Plan plan = roundTrip("1、\n  开展调查研究");
    assertThat(plan.outline()).singleElement().satisfies(s -> assertThat(s.title()).isEmpty());
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("开展调查研究");
  }

  @Test
  void aTitleBeforeANumberedSubItemOnOneLine() {
    Plan plan = roundTrip("1、工作目标。(1)2012年前建成中心。(责任单位:市民政局)");
    assertThat(plan.outline()).singleElement().satisfies(s -> assertThat(s.title()).contains("工作目标"));
    assertThat(plan.allTasks()).singleElement()
        .satisfies(t -> assertThat(t.statedUnits()).containsExactly(Unit.of("市民政局")));
  }

  @Test
  void statementsThatLookLikeMetadataStayOnTheirNumberedLine() {
    // On a line of its own, 东莞市民政局 reads as an issuer line and 2010年5月1日 as a date line.
    Plan units = roundTrip("(三)责任单位。东莞市民政局");
    assertThat(units.allTasks()).extracting(Task::text).containsExactly("东莞市民政局");
    assertThat(PlanWriter.write(units)).contains("(三)责任单位。东莞市民政局\n");
    Plan date = roundTrip("1、完成时间。2010年5月1日");
    assertThat(date.allTasks()).extracting(Task::text).containsExactly("2010年5月1日");
    assertThat(date.metadata()).isEmpty();
  }

  @Test
  void anAnnotationInsideADeadlineStaysWhereItStood() {
    Plan plan = roundTrip("1、从2010年开始(责任单位:市民政局)到2012年底前完成。");
    assertThat(plan.allTasks()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("从2010年开始到2012年底前完成。");
      assertThat(t.statedUnits()).containsExactly(Unit.of("市民政局"));
    });
  }

  @Test
  void aPlanBuiltByHandIsWrittenFromItsTasksText() {
    Plan loaded = PlanLoader.strict().load("一、目标\n1、2011年前,建立制度。(责任单位:市财政局、市民政局(牵头))\n");
    // The same plan without its text: the writer falls back on the tasks' own words.
    Plan bare = Plan.builder().from(loaded).text("").build();
    String text = PlanWriter.write(bare);
    assertThat(text).contains("1、2011年前,建立制度。(责任单位:市财政局、市民政局(牵头))");
    assertThat(PlanLoader.strict().load(text)).isEqualTo(loaded);
  }
}
