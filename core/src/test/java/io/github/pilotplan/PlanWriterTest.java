package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
    // A short title that opened its statement line is written as a heading of its own.
    assertThat(text).contains("  (4)加强深莞惠三地合作\n\n  通过共同搭建社会组织交流平台");
    assertThat(text).endsWith("共[10]页\n上面法规内容为部分内容\n");
  }

  @Test
  void aDocumentWithLeadUnitsMetadataAndPointsRoundTrips() throws IOException {
    Plan plan;
    try (InputStream in = getClass().getResourceAsStream("/documents/shilong-2011.txt")) {
      plan = PlanLoader.strict().load(in);
    }
    String text = PlanWriter.write(plan);
    // 市人事局(牵头) stands first, and its role (LEAD, not the first listed by default) is written.
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
}
