package io.github.pilotplan.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pilotplan.TextParseException;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelGrammar} on the opening of real lines: the seed's (3、, (1), (二)), the corpus plan
 * guangzhou-talent-2012's full-width （一） and 2., and regulation articles; path steps and
 * attachment lines. Levels and ordinals are read off the numbering by hand.
 */
class LabelGrammarTest {

  @Test
  void theSeedsNumberingForms() {
    assertThat(LabelGrammar.parse("  3、培育发展基层社区社会组织,增强社区社会组织服务功能"))
        .contains(Label.of(Level.ITEM, 3));
    assertThat(LabelGrammar.parse("  (1)2012年前,根据省关于社区社会组织管理的有关规定")).contains(Label.of(Level.SUB_ITEM, 1));
    assertThat(LabelGrammar.parse("  (二)深化社区建设和基层管理与服务体制改革")).contains(Label.of(Level.SECTION, 2));
    assertThat(LabelGrammar.parse("  2012年前,全市社会组织健康发展")).as("a year, not a label").isEmpty();
    assertThat(LabelGrammar.parse("  到2010年,社会组织依法参政议政的作用得到充分发挥。")).isEmpty();
  }

  @Test
  void fullWidthBracketsAndAPointAreTheSameLabels() {
    // guangzhou-talent-2012 lines 6 and 7, after their ideographic spaces.
    assertThat(LabelGrammar.parse("　　（一）产业提升人才行动计划。")).contains(Label.of(Level.SECTION, 1));
    assertThat(LabelGrammar.parse("　　2.战略性主导产业紧缺人才开发项目。")).contains(Label.of(Level.ITEM, 2));
    assertThat(LabelGrammar.parse("1.5万元")).as("a decimal").isEmpty();
  }

  @Test
  void aPathStepNamesOneLabel() {
    assertThat(LabelGrammar.of("（一）")).isEqualTo(Label.of(Level.SECTION, 1));
    assertThat(LabelGrammar.of("6")).isEqualTo(Label.of(Level.ITEM, 6));
    assertThat(LabelGrammar.of("6、")).isEqualTo(Label.of(Level.ITEM, 6));
    assertThat(LabelGrammar.of("一")).isEqualTo(Label.of(Level.CHAPTER, 1));
    assertThat(LabelGrammar.of("第三条")).isEqualTo(Label.of(Level.ARTICLE, 3));
    assertThat(LabelGrammar.of("附件2")).isEqualTo(Label.of(Level.ATTACHMENT, 2));
  }

  @Test
  void textThatIsNotOneLabelIsRefusedWithWhere() {
    assertThatThrownBy(() -> LabelGrammar.of("市财政局"))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("not an outline label");
    TextParseException e = catchThrowableOfType(TextParseException.class, () -> LabelGrammar.of("(一)深化"));
    // (一) is a label, but "深化" follows it: reading fails at index 3, column 4.
    assertThat(e.getErrorIndex()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
  }

  @Test
  void attachmentsAreNamedAlone() {
    assertThat(LabelGrammar.attachment("附件2")).contains(Label.of(Level.ATTACHMENT, 2));
    assertThat(LabelGrammar.attachment("附件")).contains(Label.of(Level.ATTACHMENT, 1));
    assertThat(LabelGrammar.attachment("附件二")).contains(Label.of(Level.ATTACHMENT, 2));
    assertThat(LabelGrammar.attachment("附件:1.分工表")).as("a list of attachments").isEmpty();
  }
}
