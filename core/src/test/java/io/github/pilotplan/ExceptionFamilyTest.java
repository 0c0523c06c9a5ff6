package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.query.QueryParseException;
import org.junit.jupiter.api.Test;

/** The parse exceptions are one family: text, index, line and column, caught as one type. */
class ExceptionFamilyTest {

  @Test
  void aValueThatCannotBeReadSaysWhere() {
    PlanParseException e = catchThrowableOfType(PlanParseException.class, () -> Deadlines.parse("明年"));
    assertThat(e).isInstanceOf(TextParseException.class).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getParsedString()).isEqualTo("明年");
    assertThat(e.getErrorIndex()).isZero();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void aQueryThatCannotBeReadIsOfTheFamily() {
    // "owned by " is 9 characters: the unknown unit starts at index 9, column 10.
    PlanParseException e = catchThrowableOfType(PlanParseException.class,
        () -> PlanLoader.seed().tasks().where("owned by 市才政局"));
    assertThat(e).isInstanceOf(QueryParseException.class);
    assertThat(e.getErrorIndex()).isEqualTo(9);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
  }

  @Test
  void aStrictLoadersRefusalIsOfTheFamilyWithTheDiagnosticsPlace() {
    // Line 1, a paragraph before the first numbered heading, is what the strict loader refuses
    // (the example of PlanFormatException's Javadoc); the family's index agrees with the diagnostic.
    PlanParseException e = catchThrowableOfType(PlanParseException.class,
        () -> PlanLoader.strict().load("前言一段。\n一、总则\n"));
    assertThat(e).isInstanceOf(PlanFormatException.class);
    PlanFormatException f = (PlanFormatException) e;
    assertThat(f.line()).isEqualTo(1);
    assertThat(f.column()).isEqualTo(1);
    assertThat(e.getErrorIndex()).isEqualTo(f.diagnostics().get(0).span().offset()).isZero();
  }

  @Test
  void lineAndColumnCountCrLfLfAndLoneCrBreaks() {
    // 一、总则 (offsets 0–3), CR LF (4–5), （一）目标 (6–10): 标 at offset 10 is line 2, column 5.
    TextParseException crlf = new TextParseException("not a label", "一、总则\r\n（一）目标\n3", 10);
    assertThat(crlf.line()).isEqualTo(2);
    assertThat(crlf.column()).isEqualTo(5);
    // …then LF (11) and "3" at offset 12: line 3, column 1.
    TextParseException lf = new TextParseException("not a label", "一、总则\r\n（一）目标\n3", 12);
    assertThat(lf.line()).isEqualTo(3);
    assertThat(lf.column()).isEqualTo(1);
    TextParseException cr = new TextParseException("not a label", "一\r二", 2);
    assertThat(cr.line()).isEqualTo(2);
    assertThat(cr.column()).isEqualTo(1);
  }
}
