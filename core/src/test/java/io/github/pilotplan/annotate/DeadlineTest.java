package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.TextParseException;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.annotate.DeadlineGrammar;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Recurrence;
import io.github.pilotplan.Deadlines;

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
    Deadline d = Deadlines.parse(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.startYear()).isEqualTo(start == null ? OptionalInt.empty() : OptionalInt.of(start));
    assertThat(d.dueYear()).isEqualTo(due == null ? OptionalInt.empty() : OptionalInt.of(due));
    assertThat(d.dueMonth()).isEqualTo(month == null ? OptionalInt.empty() : OptionalInt.of(month));
  }

  @Test
  void predicatesReadAsSentences() {
    Deadline before = Deadlines.parse("2012年前");
    assertThat(before.isDueIn(2012)).isTrue();
    assertThat(before.isDueIn(2011)).isFalse();
    assertThat(before.isDueBy(2013)).isTrue();
    assertThat(before.isActiveIn(1999)).isTrue();
    assertThat(before.isActiveIn(2013)).isFalse();

    Deadline from = Deadlines.parse("从2010年开始");
    assertThat(from.isOpenEnded()).isTrue();
    assertThat(from.isDueIn(2010)).isFalse();
    assertThat(from.isDueBy(2100)).isFalse();
    assertThat(from.isActiveIn(2009)).isFalse();
    assertThat(from.isActiveIn(2100)).isTrue();

    Deadline range = Deadlines.parse("2009至2010年");
    assertThat(range.isActiveIn(2008)).isFalse();
    assertThat(range.isActiveIn(2009)).isTrue();
    assertThat(range.isActiveIn(2010)).isTrue();
    assertThat(range.isActiveIn(2011)).isFalse();
  }

  @Test
  void positionsAreNotPartOfEquality() {
    assertThat(Deadlines.parse("  2012年前")).isEqualTo(Deadlines.parse("2012年前"));
    assertThat(Deadlines.parse("  2012年前").source().column()).isEqualTo(3);
  }

  @Test
  void refusesTextThatIsNotExactlyOneDeadline() {
    assertThatThrownBy(() -> Deadlines.parse("尽快"))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.getParsedString()).isEqualTo("尽快");
          assertThat(e.getErrorIndex()).isZero();
        });
    assertThatThrownBy(() -> Deadlines.parse("2009年,建立制度"))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(5));
    assertThatThrownBy(() -> Deadlines.parse("《2010年工作要点》"))
        .isInstanceOf(TextParseException.class);
  }

  @Test
  void twoDeadlinesInSeparateSentencesStayTwo() {
    var statement = io.github.pilotplan.internal.text.SourceText.of(
        "到2010年底,全市80%以上的城市社区达到标准。到2012年,全市60%以上的农村社区达到标准。");
    assertThat(DeadlineGrammar.find(statement.region(0, statement.original().length())))
        .extracting(Deadline::kind)
        .containsExactly(DeadlineKind.BY_END_OF, DeadlineKind.BY);
  }

  @Test
  void yearsInTitlesAndDocumentNumbersAreNotDeadlines() {
    var statement = io.github.pilotplan.internal.text.SourceText.of(
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
    Deadline d = Deadlines.parse(text);
    assertThat(d.dueDate().map(Object::toString)).isEqualTo(java.util.Optional.ofNullable(due));
    if (due != null) {
      java.time.LocalDate day = java.time.LocalDate.parse(due);
      assertThat(d.isDueBefore(day)).isFalse();
      assertThat(d.isDueBefore(day.plusDays(1))).isTrue();
    } else {
      assertThat(d.isDueBefore(java.time.LocalDate.MAX)).isFalse();
    }
  }

  // ------------------------------------------------------------ issue 16: dates finer than a year

  @ParameterizedTest(name = "{0} → {1} from {2} due {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2013年6月30日前      | BEFORE    | -          | 2013-06-30
      2013年6月30日        | IN        | 2013-06-30 | 2013-06-30
      到2014年3月31日      | BY        | -          | 2014-03-31
      2019年第三季度       | IN        | 2019-07-01 | 2019-09-30
      2019年三季度末       | BY_END_OF | -          | 2019-09-30
      2020年第一季度前     | BEFORE    | -          | 2020-03-31
      2019年4季度          | IN        | 2019-10-01 | 2019-12-31
      2010年上半年         | BY_END_OF | -          | 2010-06-30
      2018—2020年          | RANGE     | 2018-01-01 | 2020-12-31
      2018～2020年         | RANGE     | 2018-01-01 | 2020-12-31
      2018至2020年         | RANGE     | 2018-01-01 | 2020-12-31
      2018年—2020年        | RANGE     | 2018-01-01 | 2020-12-31
      到“十二五”末         | BY_END_OF | -          | 2015-12-31
      到"十二五"末         | BY_END_OF | -          | 2015-12-31
      十一五期末           | BY_END_OF | -          | 2010-12-31
      “十三五”期间         | RANGE     | 2016-01-01 | 2020-12-31
      十四五时期           | RANGE     | 2021-01-01 | 2025-12-31
      """)
  void datesOfEveryPeriod(String text, DeadlineKind kind, String start, String due) {
    Deadline d = Deadlines.parse(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.startDate().map(Object::toString)).isEqualTo(java.util.Optional.ofNullable(start));
    assertThat(d.dueDate().map(Object::toString)).isEqualTo(java.util.Optional.ofNullable(due));
  }

  @Test
  void theDayAndTheBeforeAreBothKept() {
    Deadline d = Deadlines.parse("2013年6月30日前");
    assertThat(d.kind()).isEqualTo(DeadlineKind.BEFORE);
    assertThat(d.dueMonth()).hasValue(6);
    assertThat(d.dueDay()).hasValue(30);
    assertThat(d.isDueBefore(java.time.LocalDate.of(2013, 7, 1))).isTrue();
    assertThat(d.isDueBefore(java.time.LocalDate.of(2013, 6, 30))).isFalse();
  }

  @Test
  void aFiveYearPlanNamedAsATitleIsNoDeadline() {
    assertThat(find("编制十二五规划,做好衔接")).isEmpty();
    assertThat(find("落实《“十三五”规划纲要》")).isEmpty();
  }

  @ParameterizedTest(name = "{0} → WITHIN {1} months")
  @CsvSource(delimiter = '|', textBlock = """
      5年内            | 60
      三年内           | 36
      两年以内         | 24
      用2年左右时间    | 24
      用三年时间       | 36
      半年内           | 6
      三个月内         | 3
      6个月内          | 6
      """)
  void relativeSpansAreTypedWithoutADate(String text, int months) {
    Deadline d = Deadlines.parse(text);
    assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN);
    assertThat(d.spanMonths()).hasValue(months);
    assertThat(d.dueDate()).isEmpty();
    assertThat(d.isOpenEnded()).isTrue();
  }

  @Test
  void relativeSpansFromRealSentences() {
    // 广州市人才特区方案: “5年内直接服务"千人计划"等各类高端人才2000名”
    assertThat(find("5年内直接服务“千人计划”等各类高端人才2000名")).singleElement()
        .satisfies(d -> assertThat(d.spanMonths()).hasValue(60));
    // “用2年左右时间,基本建成…”
    assertThat(find("力争用2年左右时间,基本建成覆盖城乡的服务体系")).extracting(Deadline::text)
        .containsExactly("用2年左右时间");
    // A bare length without 用 is not a deadline, nor is 年内 after a year.
    assertThat(find("工作经验2年时间以上")).isEmpty();
    assertThat(find("2019年内完成")).extracting(Deadline::kind).containsExactly(DeadlineKind.IN);
  }

  @Test
  void relativeSpansAreAnchoredAtThePlansDate() {
    java.time.LocalDate issued = java.time.LocalDate.of(2018, 12, 5);
    Deadline d = find("三年内基本完成改造", issued).get(0);
    assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN);
    assertThat(d.startDate()).hasValue(issued);
    assertThat(d.dueDate()).hasValue(java.time.LocalDate.of(2021, 12, 4));
    assertThat(d.spanMonths()).hasValue(36);
  }

  @Test
  void ongoingWorkIsItsOwnKind() {
    for (String s : new String[] {"长期坚持", "持续推进", "常抓不懈"}) {
      Deadline d = Deadlines.parse(s);
      assertThat(d.kind()).isEqualTo(DeadlineKind.ONGOING);
      assertThat(d.dueDate()).isEmpty();
      assertThat(d.startDate()).isEmpty();
      assertThat(d.isActiveIn(2030)).isTrue();
    }
    assertThat(find("各镇街要长期坚持,常抓不懈")).extracting(Deadline::text).containsExactly("长期坚持", "常抓不懈");
  }

  @Test
  void recurringDatesKeepTheirRuleAndAnchorTheirFirstDay() {
    Deadline yearly = Deadlines.parse("每年12月底前");
    assertThat(yearly.kind()).isEqualTo(DeadlineKind.RECURRING);
    assertThat(yearly.recurrence()).hasValue(Recurrence.YEARLY);
    assertThat(yearly.dueMonth()).hasValue(12);
    assertThat(yearly.dueDate()).isEmpty();
    assertThat(yearly.nextDueDate(java.time.LocalDate.of(2019, 3, 1))).hasValue(java.time.LocalDate.of(2019, 12, 31));
    Deadline monthly = Deadlines.parse("每月10日前");
    assertThat(monthly.recurrence()).hasValue(Recurrence.MONTHLY);
    assertThat(monthly.nextDueDate(java.time.LocalDate.of(2019, 3, 11))).hasValue(java.time.LocalDate.of(2019, 4, 10));
    Deadline quarterly = Deadlines.parse("每季度末");
    assertThat(quarterly.nextDueDate(java.time.LocalDate.of(2019, 4, 1))).hasValue(java.time.LocalDate.of(2019, 6, 30));
    // 每年 without a date says how often, not when (the seed's 每年安排一定专项经费).
    assertThat(find("每年安排一定专项经费")).isEmpty();
    // Anchored: due first on or after the plan's date.
    assertThat(find("每年6月30日前报送", java.time.LocalDate.of(2019, 7, 2)).get(0).dueDate())
        .hasValue(java.time.LocalDate.of(2020, 6, 30));
  }

  @Test
  void nextYearCountsFromTheStatementsYearOrThePlans() {
    assertThat(find("2019年启动试点,次年3月底前全面推开").get(1).dueDate())
        .hasValue(java.time.LocalDate.of(2020, 3, 31));
    assertThat(find("次年3月底前完成", java.time.LocalDate.of(2016, 5, 1)).get(0).dueDate())
        .hasValue(java.time.LocalDate.of(2017, 3, 31));
    Deadline unanchored = Deadlines.parse("次年3月底前");
    assertThat(unanchored.kind()).isEqualTo(DeadlineKind.BY_END_OF);
    assertThat(unanchored.yearsAfter()).hasValue(1);
    assertThat(unanchored.dueMonth()).hasValue(3);
    assertThat(unanchored.dueDate()).isEmpty();
  }

  @Test
  void aStartYearAndASpanAreOneRange() {
    // 广州人才特区: “2012年起5年内…”
    assertThat(find("2012年起5年内,引进培养高层次人才")).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("2012年起5年内");
      assertThat(d.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(d.startDate()).hasValue(java.time.LocalDate.of(2012, 1, 1));
      assertThat(d.dueDate()).hasValue(java.time.LocalDate.of(2016, 12, 31));
    });
    // 黔东南: the same end said again is part of the one range.
    assertThat(find("从2015年起,用3年时间,到2017年基本完成改造")).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("从2015年起,用3年时间,到2017年");
      assertThat(d.dueDate()).hasValue(java.time.LocalDate.of(2017, 12, 31));
    });
  }

  @Test
  void thisYearIsThePlansYear() {
    // 东莞水乡工作要点 2014: “今年3月底…今年6月底前…”
    java.time.LocalDate issued = java.time.LocalDate.of(2014, 2, 20);
    assertThat(find("今年3月底完成规划编制,今年6月底前动工", issued)).extracting(d -> d.dueDate().orElseThrow())
        .containsExactly(java.time.LocalDate.of(2014, 3, 31), java.time.LocalDate.of(2014, 6, 30));
    // Without the plan's date the month stays, the year is unknown.
    assertThat(find("今年6月底前动工")).singleElement().satisfies(d -> {
      assertThat(d.dueMonth()).hasValue(6);
      assertThat(d.yearsAfter()).hasValue(0);
      assertThat(d.dueDate()).isEmpty();
    });
    // 今年 alone names no time.
    assertThat(find("今年工作任务十分繁重")).isEmpty();
  }

  @Test
  void yearThenYearEnd() {
    // 国务院文化体制改革: “2020年年底前”
    assertThat(Deadlines.parse("2020年年底前").dueDate()).hasValue(java.time.LocalDate.of(2020, 12, 31));
    assertThat(Deadlines.parse("2020年年底前").kind()).isEqualTo(DeadlineKind.BY_END_OF);
  }

  @Test
  void aMonthWithoutAYearTakesTheStatementsYearOrThePlans() {
    // 昆明官渡: “5月底前” in a plan without its date: the month is known, the year is not.
    assertThat(find("5月底前完成项目梳理")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.BY_END_OF);
      assertThat(d.dueMonth()).hasValue(5);
      assertThat(d.dueDate()).isEmpty();
    });
    assertThat(find("2019年启动,6月30日前完成验收").get(1).dueDate()).hasValue(java.time.LocalDate.of(2019, 6, 30));
    assertThat(find("5月底前完成", java.time.LocalDate.of(2016, 3, 1)).get(0).dueDate())
        .hasValue(java.time.LocalDate.of(2016, 5, 31));
    // A month without 底, 末 or 前 is no deadline; nor is a month inside a date range.
    assertThat(find("6月举办招聘会")).isEmpty();
  }

  @Test
  void wordsThatLookLikeTimesButAreNot() {
    // 国务院文化体制改革: “距国家法定退休年龄五年以内的原事业编制内人员” is an age.
    assertThat(find("对转制时距国家法定退休年龄五年以内的原事业编制内人员")).isEmpty();
    // 潮州蓝天: a base year to compare with is no deadline.
    assertThat(find("到2020年,PM2.5年均浓度比2015年下降15%")).extracting(Deadline::text).containsExactly("到2020年");
    // 黔东南: 持续推进 as the verb of a clause is how, not when.
    assertThat(find("持续推进棚户区改造,持续实施城市道路建设")).isEmpty();
    assertThat(find("完成时限:持续推进")).extracting(Deadline::kind).containsExactly(DeadlineKind.ONGOING);
  }

  private static java.util.List<Deadline> find(String text) {
    var s = io.github.pilotplan.internal.text.SourceText.of(text);
    return DeadlineGrammar.find(s.region(0, text.length()));
  }

  private static java.util.List<Deadline> find(String text, java.time.LocalDate anchor) {
    var s = io.github.pilotplan.internal.text.SourceText.of(text);
    return DeadlineGrammar.find(s.region(0, text.length()), java.util.Optional.of(anchor));
  }
}
