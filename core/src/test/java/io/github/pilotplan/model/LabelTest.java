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

  @Test
  void oneLevelOrdinalAndWrittenFormIsOneSharedInstance() {
    assertThat(Label.of(Level.SECTION, 1, "(一)")).as("written in the canonical form")
        .isSameAs(Label.of(Level.SECTION, 1));
    Label item = Label.of(Level.ITEM, 3, "3、");
    assertThat(Label.of(Level.ITEM, 3, "3、")).isSameAs(item);
    assertThat(item.written()).isEqualTo("3、");
    assertThat(item.text()).isEqualTo("3").isSameAs(Label.of(Level.ITEM, 3).text());
    Label point = Label.of(Level.ITEM, 3, "3.");
    assertThat(point.written()).isEqualTo("3.");
    assertThat(point).isNotSameAs(item).isEqualTo(item);
  }

  @Test
  void aSharedWrittenFormNeverLendsItsOrdinal() {
    Label.of(Level.ITEM, 3, "3、");
    Label odd = Label.of(Level.ITEM, 4, "3、"); // the factory takes what it is given
    assertThat(odd.ordinal()).isEqualTo(4);
    assertThat(odd.text()).isEqualTo("4");
    assertThat(odd.written()).isEqualTo("3、");
  }

  @Test
  void ordinalsBeyondTheSharedOnesAreLabelsAllTheSame() {
    assertThat(Label.of(Level.SECTION, 500).text()).isEqualTo("(五百)");
    assertThat(Label.of(Level.ITEM, 1000, "1000、").written()).isEqualTo("1000、");
    assertThat(Label.of(Level.ITEM, 1000, "1000、")).isEqualTo(Label.of(Level.ITEM, 1000));
    assertThat(Label.of(Level.CHAPTER, 0).text()).isEqualTo("〇");
  }
}
