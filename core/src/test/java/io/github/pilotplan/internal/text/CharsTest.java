package io.github.pilotplan.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared scanning helpers answer as the JDK's tests they stand for. */
class CharsTest {

  @Test
  void whitespaceIsTheJdksOnEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Chars.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void stripFindsTheFirstAndLastNonBlankCharacters() {
    String s = "\u3000 \t一、总则\u2003 ";
    assertThat(Chars.stripStart(s, 0, s.length())).isEqualTo(3);
    assertThat(Chars.stripEnd(s, 0, s.length())).isEqualTo(7);
    assertThat(Chars.stripStart("   ", 0, 3)).isEqualTo(3);
    assertThat(Chars.stripEnd("   ", 0, 3)).isZero();
  }
}
