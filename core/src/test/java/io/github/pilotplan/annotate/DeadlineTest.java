package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.text.TextParseException;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The deadline table of the core issue, one row per form. */
class DeadlineTest {

  @ParameterizedTest(name = "{0} → {1} {2}–{3}/{4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2009年                         | IN        | 2009 | 2009 | -
      2011年                         | IN        | 2011 | 2011 | -
      2012年前                       | BEFORE    | -    | 2012 | -
      2011年前                       | BEFORE    | -    | 2011 | -
      2010年6月前                    | BEFORE    | -    | 2010 | 6
      到2010年                       | BY        | -    | 2010 | -
      到2012年                       | BY        | -    | 2012 | -
      2010年底前                     | BY_END_OF | -    | 2010 | 12
      到2010年底                     | BY_END_OF | -    | 2010 | 12
      2010年6月底前                  | BY_END_OF | -    | 2010 | 6
      2010年上半年                   | BY_END_OF | -    | 2010 | 6
      2010年下半年                   | BY_END_OF | -    | 2010 | 12
      从2010年开始                   | FROM      | 2010 | -    | -
      从2011年起                     | FROM      | 2011 | -    | -
      2010年开始                     | FROM      | 2010 | -    | -
      2009至2010年                   | RANGE     | 2009 | 2010 | -
      2010年至2012年                 | RANGE     | 2010 | 2012 | -
      2010年开始规划建设,力争2012年底前 | RANGE     | 2010 | 2012 | 12
      """)
  void parsesEveryForm(String text, DeadlineKind kind, Integer start, Integer due, Integer month) {
    Deadline d = Deadline.parse(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.startYear()).isEqualTo(start == null ? OptionalInt.empty() : OptionalInt.of(start));
    assertThat(d.dueYear()).isEqualTo(due == null ? OptionalInt.empty() : OptionalInt.of(due));
    assertThat(d.dueMonth()).isEqualTo(month == null ? OptionalInt.empty() : OptionalInt.of(month));
  }

  @Test
  void predicatesReadAsSentences() {
    Deadline before = Deadline.parse("2012年前");
    assertThat(before.isDueIn(2012)).isTrue();
    assertThat(before.isDueIn(2011)).isFalse();
    assertThat(before.isDueBy(2013)).isTrue();
    assertThat(before.isActiveIn(1999)).isTrue();
    assertThat(before.isActiveIn(2013)).isFalse();

    Deadline from = Deadline.parse("从2010年开始");
    assertThat(from.isOpenEnded()).isTrue();
    assertThat(from.isDueIn(2010)).isFalse();
    assertThat(from.isDueBy(2100)).isFalse();
    assertThat(from.isActiveIn(2009)).isFalse();
    assertThat(from.isActiveIn(2100)).isTrue();

    Deadline range = Deadline.parse("2009至2010年");
    assertThat(range.isActiveIn(2008)).isFalse();
    assertThat(range.isActiveIn(2009)).isTrue();
    assertThat(range.isActiveIn(2010)).isTrue();
    assertThat(range.isActiveIn(2011)).isFalse();
  }

  @Test
  void positionsAreNotPartOfEquality() {
    assertThat(Deadline.parse("  2012年前")).isEqualTo(Deadline.parse("2012年前"));
    assertThat(Deadline.parse("  2012年前").source().column()).isEqualTo(3);
  }

  @Test
  void refusesTextThatIsNotExactlyOneDeadline() {
    assertThatThrownBy(() -> Deadline.parse("尽快"))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.getParsedString()).isEqualTo("尽快");
          assertThat(e.getErrorIndex()).isZero();
        });
    assertThatThrownBy(() -> Deadline.parse("2009年,建立制度"))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(5));
    assertThatThrownBy(() -> Deadline.parse("《2010年工作要点》"))
        .isInstanceOf(TextParseException.class);
  }

  @Test
  void twoDeadlinesInSeparateSentencesStayTwo() {
    var statement = io.github.pilotplan.text.SourceText.of(
        "到2010年底,全市80%以上的城市社区达到标准。到2012年,全市60%以上的农村社区达到标准。");
    assertThat(DeadlineGrammar.find(statement.region(0, statement.original().length())))
        .extracting(Deadline::kind)
        .containsExactly(DeadlineKind.BY_END_OF, DeadlineKind.BY);
  }

  @Test
  void yearsInTitlesAndDocumentNumbersAreNotDeadlines() {
    var statement = io.github.pilotplan.text.SourceText.of(
        "根据《东莞市2010年工作要点》(东府〔2010〕18号),2011年前完成。");
    assertThat(DeadlineGrammar.find(statement.region(0, statement.original().length())))
        .extracting(Deadline::text)
        .containsExactly("2011年前");
  }

  @ParameterizedTest(name = "{0} is due {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2011年前                       | 2011-12-31
      2009年                         | 2009-12-31
      2010年6月底前                  | 2010-06-30
      2010年6月前                    | 2010-06-30
      2012年2月底前                  | 2012-02-29
      2010年上半年                   | 2010-06-30
      2009至2010年                   | 2010-12-31
      从2010年开始                   | -
      """)
  void dueDateIsTheLastDayOfThePeriodNamed(String text, String due) {
    Deadline d = Deadline.parse(text);
    assertThat(d.dueDate().map(Object::toString)).isEqualTo(java.util.Optional.ofNullable(due));
    if (due != null) {
      java.time.LocalDate day = java.time.LocalDate.parse(due);
      assertThat(d.isDueBefore(day)).isFalse();
      assertThat(d.isDueBefore(day.plusDays(1))).isTrue();
    } else {
      assertThat(d.isDueBefore(java.time.LocalDate.MAX)).isFalse();
    }
  }
}
