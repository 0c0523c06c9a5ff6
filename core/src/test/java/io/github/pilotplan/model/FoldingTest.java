package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Folding}: the form model strings are in, one character for one character. */
class FoldingTest {

  @Test
  void fullWidthFormsBecomeAscii() {
    assertThat(Folding.fold("（责任单位：市民政局，市财政局）")).isEqualTo("(责任单位:市民政局,市财政局)");
    assertThat(Folding.fold("２０１０年；８０％")).isEqualTo("2010年;80%");
    assertThat(Folding.fold('．')).isEqualTo('.');
  }

  @Test
  void oddSpacesAndInvisibleCharactersBecomeOnePlainSpaceEach() {
    String text = "市\u3000财\u00A0政\u200B局\u00AD";

    assertThat(Folding.fold(text)).isEqualTo("市 财 政 局 ").hasSameSizeAs(text);
    assertThat(Folding.isInvisible('\u200B')).isTrue();
    assertThat(Folding.isInvisible('\u3000')).as("a space, not invisible").isFalse();
  }

  @Test
  void everythingElseIsKept() {
    assertThat(Folding.fold("第十二条、《条例》")).isEqualTo("第十二条、《条例》");
  }
}
