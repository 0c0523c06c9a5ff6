package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.internal.text.TextDecoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two scraped pages of one document, written for this test in the seed's page format. */
class MultiPageTest {

  static final String PAGE_1 = String.join("\n",
      "法规网--法律信息平台",
      "东莞市人民政府办公室关于印发《东莞市社区服务试点方案》的通知",
      "",
      "  一、工作目标",
      "  (一)完善服务网络",
      "  1、建设社区服务中心",
      "  2010年底前,全市建成社区服务中心。(责任单位:市民政局、市财政局)",
      "  (1)2010年,出台《社区服务中心管理办法》。",
      "",
      "第 [1] [2] 页 共[2]页",
      "【发表评论】 【互动社区】",
      "相关文章");

  static final String PAGE_2 = String.join("\n",
      "法规网--法律信息平台",
      "东莞市人民政府办公室关于印发《东莞市社区服务试点方案》的通知",
      "",
      "  并将服务中心纳入镇街考核。",
      "  2、培育社区社会组织",
      "  到2012年,每个社区至少培育5个社会组织。(责任单位:市民政局)",
      "  (二)深化体制改革",
      "  1、从2011年起,在长安镇开展试点。(责任单位:长安镇)",
      "",
      "第 [1] [2] 页 共[2]页",
      "相关文章",
      "");

  @Test
  void pagesLoadIntoOnePlanWhoseOutlineRunsOn() {
    Plan plan = PlanLoader.strict().loadPages(List.of(PAGE_1, PAGE_2));
    assertThat(plan.sections()).extracting(Section::pathText).containsExactly(
        "一", "一 › (一)", "一 › (一) › 1", "一 › (一) › 1 › (1)", "一 › (一) › 2",
        "一 › (二)", "一 › (二) › 1");
    assertThat(plan.sections()).noneMatch(Section::isInferred);
    assertThat(plan.allTasks()).extracting(Task::pathText).containsExactly(
        "一 › (一) › 1", "一 › (一) › 1 › (1)", "一 › (一) › 2", "一 › (二) › 1");
    // The first paragraph of page 2 finishes the last item of page 1.
    assertThat(plan.task("一", "(一)", "1", "(1)").orElseThrow().text())
        .isEqualTo("2010年,出台《社区服务中心管理办法》。\n并将服务中心纳入镇街考核。");
    assertThat(plan.task("一", "(二)", "1").orElseThrow().towns()).extracting(t -> t.name())
        .containsExactly("长安镇");
    assertThat(plan.page().site()).hasValue("法规网--法律信息平台");
    assertThat(plan.page().totalPages()).hasValue(2);
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void eachPageHasItsOwnHeaderAndBoilerplate() {
    Plan plan = PlanLoader.standard().loadPages(List.of(PAGE_1, PAGE_2));
    // Page 1 has 12 lines (joined with a final line break), so page 2 starts on line 13.
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.BOILERPLATE)
        .extracting(SourceLine::line).containsExactly(1, 10, 11, 12, 13, 22, 23);
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.METADATA)
        .extracting(SourceLine::line).containsExactly(2, 14);
    assertThat(plan.task("一", "(一)", "2").orElseThrow().source().line()).isEqualTo(18);
    assertThat(plan.text()).isEqualTo(PAGE_1 + "\n" + PAGE_2);
  }

  @Test
  void pagesJoinedIntoOneTextLoadAsIfGivenApart() {
    // A scraper's dump: page 2's banner ends page 1's trailer, so page 2 is not lost in it.
    Plan joined = PlanLoader.strict().load(PAGE_1 + "\n" + PAGE_2);
    assertThat(joined.allTasks()).extracting(Task::pathText).containsExactly(
        "一 › (一) › 1", "一 › (一) › 1 › (1)", "一 › (一) › 2", "一 › (二) › 1");
    assertThat(joined).isEqualTo(PlanLoader.standard().loadPages(List.of(PAGE_1, PAGE_2)));
  }

  @Test
  void aLaterPageAloneHangsUnderInferredSections() {
    Plan plan = PlanLoader.standard().load(PAGE_2);
    assertThat(plan.outline()).extracting(Section::toString)
        .containsExactly("(一) (inferred)", "(二) 深化体制改革");
    assertThat(plan.section("(一)", "2").flatMap(Section::title)).hasValue("培育社区社会组织");
    // Every line is still accounted for: the stray paragraph counts as preamble of the page.
    assertThat(plan.lines()).extracting(SourceLine::line).containsExactly(1, 2, 4, 5, 6, 7, 8, 10, 11);
  }

  @Test
  void filesInEitherEncoding(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("page1.txt");
    Path two = dir.resolve("page2.txt");
    Files.write(one, PAGE_1.getBytes(StandardCharsets.UTF_8));
    Files.write(two, PAGE_2.getBytes(TextDecoding.GB18030));
    assertThat(PlanLoader.standard().loadFiles(List.of(one, two)))
        .isEqualTo(PlanLoader.standard().loadPages(List.of(PAGE_1, PAGE_2)));
  }
}
