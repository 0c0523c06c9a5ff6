package io.github.pilotplan.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The named bracket sets and character classes every finder shares. */
class BracketsTest {

  @Test
  void eachSetKnowsItsOwnBracketsOnly() {
    assertThat(Brackets.TITLE.opens('《')).isTrue();
    assertThat(Brackets.TITLE.opens('〔')).isFalse();
    assertThat(Brackets.QUOTING.opens('〔')).isTrue();
    assertThat(Brackets.QUOTING.closes('>')).isTrue();
    assertThat(Brackets.CLAUSE.opens('(')).isTrue();
    assertThat(Brackets.CLAUSE.opens('《')).isFalse();
    assertThat(Brackets.NESTING.closes('》')).isTrue();
    // Characters that share a bracket's low six bits (the register test) are still refused.
    assertThat(Brackets.TITLE.opens((char) ('《' + 64))).isFalse();
    assertThat(Brackets.CLAUSE.closes('市')).isFalse();
  }

  @Test
  void closingCountsTheNestingOfTheSameKind() {
    // 制 定 《 东 莞 市 《 办 法 》 细 则 》 。
    String t = "制定《东莞市《办法》细则》。";
    assertThat(Brackets.TITLE.closing(t, 2)).isEqualTo(12);
    assertThat(Brackets.TITLE.closing(t, 6)).isEqualTo(9);
    assertThat(Brackets.TITLE.closing("《未完", 0)).isEqualTo(-1);
    assertThat(Brackets.CLAUSE.openerOf('〕')).isEqualTo('〔');
    assertThatThrownBy(() -> Brackets.TITLE.closing(t, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opens no bracket");
  }

  @Test
  void charsAndCharClasses() {
    assertThat(Chars.isDigit('0')).isTrue();
    assertThat(Chars.isDigit('９')).isFalse(); // full-width: cleaned to ASCII before any grammar reads it
    assertThat(Chars.isAsciiLetter('G')).isTrue();
    assertThat(Chars.hasDigit("第5条", 0, 3)).isTrue();
    assertThat(Chars.hasDigit("第5条", 2, 3)).isFalse();
    CharClass levels = CharClass.of("省市区县");
    assertThat(levels.contains('市')).isTrue();
    assertThat(levels.contains('场')).isFalse();
    assertThat(CharClass.of("\uFFFF").contains('\uFFFF')).isTrue();
  }
}
