package io.github.pilotplan.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceText} on real lines: lines 14–16 of the seed (a numbered heading, an empty line and
 * the statement under it) and line 6 of the corpus plan guangzhou-talent-2012 (full-width brackets
 * and ideographic spaces). Expected lines, columns and offsets are counted by hand.
 */
class SourceTextTest {

  private static final String HEADING = "  4、努力发挥社会组织依法参政议政的作用";
  private static final String STATEMENT =
      "  到2010年,社会组织依法参政议政的作用得到充分发挥。(责任单位:市民政局、市委组织部、市人大办、市政协办)";
  /** Seed lines 14–16, joined with CRLF as a file saved on Windows would have them. */
  private static final String SEED = HEADING + "\r\n\r\n" + STATEMENT;

  private static final String GUANGZHOU = "　　（一）产业提升人才行动计划。";

  @Test
  void linesEndAtCrLfAndExcludeTheBreak() {
    SourceText text = SourceText.of(SEED);
    assertThat(text.lineCount()).isEqualTo(3);
    assertThat(text.lineText(1)).isEqualTo(HEADING);
    assertThat(text.lineText(2)).isEmpty();
    assertThat(text.lineText(3)).isEqualTo(STATEMENT);
    // Line 1 is 2 spaces + "4、" + 17 characters = 21; CRLF; line 2 is empty; CRLF.
    assertThat(text.lineStart(1)).isZero();
    assertThat(text.lineEnd(1)).isEqualTo(21);
    assertThat(text.lineStart(2)).isEqualTo(23);
    assertThat(text.lineEnd(2)).isEqualTo(23);
    assertThat(text.lineStart(3)).isEqualTo(25);
  }

  @Test
  void loneCarriageReturnsAndNewlinesEndLinesToo() {
    SourceText text = SourceText.of(HEADING + "\r" + STATEMENT + "\n");
    assertThat(text.lineCount()).as("a final line break opens no empty line").isEqualTo(2);
    assertThat(text.lineText(1)).isEqualTo(HEADING);
    assertThat(text.lineText(2)).isEqualTo(STATEMENT);
    SourceText blank = SourceText.of(HEADING + "\r" + STATEMENT + "\n\n");
    assertThat(blank.lineCount()).isEqualTo(3);
    assertThat(blank.lineText(3)).isEmpty();
    assertThat(SourceText.of("").lineCount()).isEqualTo(1);
  }

  @Test
  void aSpanKnowsItsLineAndColumn() {
    SourceText text = SourceText.of(SEED);
    // On line 3: 2 spaces, 到, 2010, 年, ",", 社会组织, 依法参政议政, 的作用, 得到充分发挥, 。, "(",
    // 责任单位, ":" fill columns 1–35; 市民政局 starts at column 36, offset 25 + 35 = 60.
    SourceSpan span = text.spanOf(60, 4);
    assertThat(span).isEqualTo(SourceSpan.of(3, 36, 60, 4));
    assertThat(span.line()).isEqualTo(3);
    assertThat(span.column()).isEqualTo(36);
    assertThat(text.original().substring(span.offset(), span.endOffset())).isEqualTo("市民政局");
    // The heading's 4、 is at line 1, column 3.
    assertThat(text.spanOf(2, 2)).isEqualTo(SourceSpan.of(1, 3, 2, 2));
  }

  @Test
  void lineOfFindsTheLineOfAnyOffsetInAnyOrder() {
    SourceText text = SourceText.of(SEED);
    assertThat(text.lineOf(60)).isEqualTo(3);
    assertThat(text.lineOf(0)).isEqualTo(1);
    assertThat(text.lineOf(20)).isEqualTo(1);
    assertThat(text.lineOf(21)).as("the CR after line 1").isEqualTo(1);
    assertThat(text.lineOf(23)).isEqualTo(2);
    assertThat(text.lineOf(25)).isEqualTo(3);
    assertThat(text.lineOf(SEED.length())).as("the text's length belongs to the last line").isEqualTo(3);
    assertThatThrownBy(() -> text.lineOf(SEED.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theCleanedTwinFoldsFullWidthPunctuationAndKeepsTheLength() {
    SourceText text = SourceText.of(GUANGZHOU);
    assertThat(text.cleaned()).isEqualTo("  (一)产业提升人才行动计划。");
    assertThat(text.cleaned()).hasSameSizeAs(text.original());
    assertThat(text.original()).isEqualTo(GUANGZHOU);
    // A position found in the cleaned twin is the same position in the original: the label (一).
    int at = text.cleaned().indexOf("(一)");
    assertThat(at).isEqualTo(2);
    assertThat(text.original().substring(at, at + 3)).isEqualTo("（一）");
    // The array, the view and a region read the same cleaned characters.
    assertThat(new String(text.cleanedChars())).isEqualTo(text.cleaned());
    assertThat(text.cleanedView().toString()).isEqualTo(text.cleaned());
    assertThat(text.cleanedView().charAt(2)).isEqualTo('(');
    assertThat(text.region(2, 5).text()).isEqualTo("(一)");
    assertThat(text.line(1).trim().text()).isEqualTo("(一)产业提升人才行动计划。");
  }

  @Test
  void lineNumbersOutsideTheTextAreRefusedWithTheRange() {
    SourceText text = SourceText.of(SEED);
    assertThatThrownBy(() -> text.lineText(0))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("line 0 is not in 1..3");
    assertThatThrownBy(() -> text.line(4))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("line 4 is not in 1..3");
    assertThatThrownBy(() -> text.spanOf(60, SEED.length()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void twoTextsAreEqualWhenTheirOriginalsAre() {
    assertThat(SourceText.of(SEED)).isEqualTo(SourceText.of(HEADING + "\r\n\r\n" + STATEMENT))
        .hasSameHashCodeAs(SourceText.of(SEED))
        .isNotEqualTo(SourceText.of(SEED.replace("\r\n", "\n")));
    assertThat(SourceText.of(SEED)).hasToString("SourceText[3 lines, " + SEED.length() + " chars]");
  }
}
