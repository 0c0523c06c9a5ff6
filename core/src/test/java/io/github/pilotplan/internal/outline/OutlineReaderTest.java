package io.github.pilotplan.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.model.LineRole;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link OutlineReader} on the seed (a page that starts inside section (一) at item 3、 and ends
 * with (二)) and on real lines of the corpus plan guangzhou-talent-2012. Expected trees, roles and
 * positions are read off the text by hand.
 */
class OutlineReaderTest {

  private static final String SEED_TEXT = PlanLoader.seed().text();

  private static List<String> labels(List<OutlineNode> nodes) {
    return nodes.stream().map(n -> n.label().text()).collect(Collectors.toList());
  }

  @Test
  void theSeedsTreeIsItsNumbering() {
    PageOutline page = OutlineReader.read(SourceText.of(SEED_TEXT));
    // The page starts at 3、 inside a section: (一) is inferred, numbered one before (二).
    assertThat(labels(page.roots())).containsExactly("(一)", "(二)");
    OutlineNode first = page.roots().get(0);
    OutlineNode second = page.roots().get(1);
    assertThat(first.isInferred()).isTrue();
    assertThat(first.line()).isEmpty();
    assertThat(second.isInferred()).isFalse();
    assertThat(labels(first.children())).containsExactly("3", "4", "5", "6");
    assertThat(labels(second.children())).containsExactly("1", "2");
    // 5、 has (1)–(4) (lines 26–32); 6、 has (1) and (2) (lines 38, 40).
    assertThat(labels(first.children().get(2).children())).containsExactly("(1)", "(2)", "(3)", "(4)");
    assertThat(labels(first.children().get(3).children())).containsExactly("(1)", "(2)");
    assertThat(second.title()).contains("深化社区建设和基层管理与服务体制改革");
    assertThat(second.line().orElseThrow().span().line()).isEqualTo(42);
  }

  @Test
  void aHeadingAloneHasATitleAndTheParagraphBelowIsItsStatement() {
    PageOutline page = OutlineReader.read(SourceText.of(SEED_TEXT));
    OutlineNode item4 = page.roots().get(0).children().get(1);
    assertThat(item4.label()).isEqualTo(Label.of(Level.ITEM, 4));
    assertThat(item4.title()).contains("努力发挥社会组织依法参政议政的作用");
    assertThat(item4.statements()).hasSize(1);
    assertThat(item4.statements().get(0).span().line()).isEqualTo(16);
    assertThat(item4.statements().get(0).text()).startsWith("到2010年,社会组织依法参政议政的作用得到充分发挥。");
  }

  @Test
  void everyNonBlankLineHasItsRole() {
    PageOutline page = OutlineReader.read(SourceText.of(SEED_TEXT));
    assertThat(page.roles().get(1)).isEqualTo(LineRole.BOILERPLATE);   // 法搜网--…
    assertThat(page.roles().get(2)).isEqualTo(LineRole.METADATA);      // the title
    assertThat(page.roles().get(4)).isEqualTo(LineRole.HEADING);       // 3、培育发展…
    assertThat(page.roles().get(6)).isEqualTo(LineRole.STATEMENT);     // 2012年前,全市…
    assertThat(page.roles().get(8)).isEqualTo(LineRole.STATEMENT);     // (1)2012年前,…
    assertThat(page.roles().get(42)).isEqualTo(LineRole.HEADING);      // (二)深化社区建设…
    assertThat(page.roles().get(59)).isEqualTo(LineRole.BOILERPLATE);  // pagination
    assertThat(page.roles().get(63)).isEqualTo(LineRole.BOILERPLATE);  // 相关文章
    assertThat(page.roles()).doesNotContainKeys(3, 5, 57, 58);         // blank lines
  }

  @Test
  void theSiteTitleAndPageFactsComeFromTheFurnitureAndTheTitleLine() {
    PageOutline page = OutlineReader.read(SourceText.of(SEED_TEXT));
    assertThat(page.site().orElseThrow().text()).isEqualTo("法搜网--中国法律信息搜索网");
    assertThat(page.title().orElseThrow().span().line()).isEqualTo(2);
    assertThat(page.titleText().orElseThrow()).startsWith("东莞市人民政府办公室关于印发").endsWith("的通知");
    assertThat(page.isPartial()).isTrue();
    assertThat(page.totalPages()).hasValue(10);
  }

  @Test
  void labelsKeepTheirFullWidthBracketsAsWritten() {
    // guangzhou-talent-2012, lines 6 and 7 (ideographic spaces, full-width brackets, 2. after (一)).
    String text = "　　（一）产业提升人才行动计划。围绕发展战略性主导产业,以提升产业竞争力为核心。\n"
        + "　　1.战略性主导产业紧缺人才开发项目。5年内重点引进和培养1万名紧缺人才。\n";
    PageOutline page = OutlineReader.read(SourceText.of(text));
    OutlineNode section = page.roots().get(0);
    assertThat(section.label()).isEqualTo(Label.of(Level.SECTION, 1));
    assertThat(section.label().written()).isEqualTo("（一）");
    assertThat(section.line().orElseThrow().span().column()).isEqualTo(3);
    assertThat(labels(section.children())).containsExactly("1");
    assertThat(section.children().get(0).label().written()).isEqualTo("1.");
  }

  @Test
  void aSkippedNumberIsADiagnosticWithLineAndColumn() {
    // Seed lines 44 (1、) and 14 (4、): item 4 follows item 1 — 2 and 3 are missing.
    String text = "  1、深化基层社会管理与服务体制改革\n\n  4、努力发挥社会组织依法参政议政的作用\n";
    PageOutline page = OutlineReader.read(SourceText.of(text));
    assertThat(labels(page.roots())).containsExactly("1", "4");
    assertThat(page.diagnostics()).hasSize(1);
    Diagnostic d = page.diagnostics().get(0);
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.span().column()).isEqualTo(3);
  }

  @Test
  void theOpeningBracketsAsWrittenAreEveryCharacterThatCleansToOne() {
    String opening = new String(OutlineReader.OPENING);
    StringBuilder cleansToOne = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (opening.indexOf(io.github.pilotplan.internal.text.Cleaning.clean((char) c)) >= 0) {
        cleansToOne.append((char) c);
      }
    }
    assertThat(cleansToOne.toString()).isEqualTo(OutlineReader.OPENING_AS_WRITTEN);
  }

  @Test
  void aLineNestedDeeperThanTheCapInFullWidthBracketsIsReportedAndNotRead() {
    // 65 full-width （ on one line: the whole-text count (of the text as written) sees them.
    String deep = "1、" + "（".repeat(65) + "建设" + "）".repeat(65) + "。";
    var plan = PlanLoader.standard().load("一、总体要求\n" + deep + "\n2、完善制度。\n");
    assertThat(plan.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("brackets nested deeper than 64"));
    assertThat(plan.allTasks()).extracting(t -> t.text()).containsExactly("完善制度。");
  }
}
