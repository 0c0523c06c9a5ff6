package io.github.pilotplan.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void wideAndFullWidthCharactersTakeTwoColumns() {
    assertThat(DisplayWidth.of("abc")).isEqualTo(3);
    assertThat(DisplayWidth.of("市财政局")).isEqualTo(8);
    assertThat(DisplayWidth.of("、")).isEqualTo(2);
    assertThat(DisplayWidth.of("（一）")).isEqualTo(6);       // full-width brackets
    assertThat(DisplayWidth.of("(一)")).isEqualTo(4);
    assertThat(DisplayWidth.of("한글")).isEqualTo(4);
    assertThat(DisplayWidth.of("カナ")).isEqualTo(4);
    assertThat(DisplayWidth.of("\uD840\uDC0B")).isEqualTo(2); // U+2000B, CJK extension B
    assertThat(DisplayWidth.of("😀")).isEqualTo(2);
  }

  @Test
  void ambiguousCharactersTakeOneColumnAndMarksNone() {
    assertThat(DisplayWidth.of("(一) › 6")).isEqualTo(8);
    assertThat(DisplayWidth.of("“…”")).isEqualTo(3);
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);      // e + combining acute
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);     // zero-width space
    assertThat(DisplayWidth.of("\u3000")).isEqualTo(2);       // ideographic space
    assertThat(DisplayWidth.of("\u303F")).isEqualTo(1);       // half fill space
  }

  @Test
  void fitCutsAtTheLastWholeCharacterAndAddsAnEllipsis() {
    assertThat(DisplayWidth.fit("到2011年,制定", 9)).isEqualTo("到2011年…");
    assertThat(DisplayWidth.fit("到2011年,制定", 10)).isEqualTo("到2011年,…");
    assertThat(DisplayWidth.fit("市财政局", 8)).isEqualTo("市财政局");
    assertThat(DisplayWidth.fit("市财政局", 7)).isEqualTo("市财政…");
    assertThat(DisplayWidth.fit("市财政局", 6)).isEqualTo("市财…");   // 5 columns: no half 汉字
    assertThat(DisplayWidth.fit("市财政局", 1)).isEqualTo("…");
    assertThat(DisplayWidth.fit("市财政局", 0)).isEmpty();
  }

  @Test
  void padFillsToTheDisplayWidth() {
    assertThat(DisplayWidth.pad("市财政局", 10)).isEqualTo("市财政局  ");
    assertThat(DisplayWidth.padLeft("19", 5)).isEqualTo("   19");
    assertThat(DisplayWidth.pad("市社区工作领导小组成员单位", 4)).isEqualTo("市社区工作领导小组成员单位");
  }
}
