package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Label} as a value: the canonical text of each level, the label as written, the order.
 * Canonical texts are read off the numbering by hand (the grammar that reads labels from lines is
 * tested in {@code LabelGrammarTest}).
 */
class LabelTest {

  @Test
  void theCanonicalTextOfEachLevel() {
    assertThat(Label.of(Level.CHAPTER, 3).text()).isEqualTo("三");
    assertThat(Label.of(Level.SECTION, 12).text()).isEqualTo("(十二)");
    assertThat(Label.of(Level.ITEM, 6).text()).isEqualTo("6");
    assertThat(Label.of(Level.SUB_ITEM, 2).text()).isEqualTo("(2)");
    assertThat(Label.of(Level.MINOR_ITEM, 1).text()).isEqualTo("1)");
    assertThat(Label.of(Level.POINT, 3).text()).isEqualTo("③");
    assertThat(Label.of(Level.ARTICLE, 12).text()).isEqualTo("第十二条");
    assertThat(Label.of(Level.PART, 2).text()).isEqualTo("第二章");
    assertThat(Label.of(Level.ATTACHMENT, 2).text()).isEqualTo("附件2");
  }

  @Test
  void aLabelAsWrittenEqualsItsCanonicalForm() {
    Label written = Label.of(Level.SECTION, 1, "（一）");
    assertThat(written.written()).isEqualTo("（一）");
    assertThat(written.text()).isEqualTo("(一)");
    assertThat(written).isEqualTo(Label.of(Level.SECTION, 1)).hasSameHashCodeAs(Label.of(Level.SECTION, 1));
    assertThat(Label.of(Level.SECTION, 1).written()).as("the canonical form if built").isEqualTo("(一)");
  }

  @Test
  void labelsOrderByLevelThenOrdinal() {
    assertThat(Label.of(Level.CHAPTER, 2)).isLessThan(Label.of(Level.SECTION, 1));
    assertThat(Label.of(Level.ITEM, 3)).isLessThan(Label.of(Level.ITEM, 4));
    assertThat(Label.of(Level.SUB_ITEM, 1)).isGreaterThan(Label.of(Level.ITEM, 9));
    assertThat(Label.of(Level.ITEM, 6)).hasToString("6");
  }
}
