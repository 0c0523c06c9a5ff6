package io.github.pilotplan.internal.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.internal.text.Brackets;
import io.github.pilotplan.internal.text.CharClass;
import io.github.pilotplan.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tables built when the library starts take shortcuts so that a one-shot command does not pay
 * for them (character lists instead of a walk over all 65,536 characters, a gazetteer of arrays
 * whose parents come from the code order); these tests walk the long way and compare.
 */
class StartupTablesTest {

  @Test
  void theNumeralCharactersAreExactlyThoseTheNumeralTestAccepts() {
    List<Character> accepted = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Numerals.isChinese((char) c)) {
        accepted.add((char) c);
      }
    }
    assertThat(accepted).containsExactlyInAnyOrderElementsOf(chars(Numerals.CHINESE_CHARS));
  }

  @Test
  void aCharacterClassListsItsCharacters() {
    assertThat(CharClass.of("区市省A\u0000\uFFFF").chars()).isEqualTo("\u0000A区市省\uFFFF");
    assertThat(CharClass.of("").chars()).isEmpty();
  }

  @Test
  void bracketKindsListTheirCharacters() {
    assertThat(Brackets.TITLE.chars()).isEqualTo("《》");
    assertThat(Brackets.CLAUSE.chars()).isEqualTo("(〔)〕");
  }

  @Test
  void everyCandidateFlagFoundByTheShortListIsFoundOnAWalkOverAllCharacters() {
    // The flags the full walk gives each character, as the candidates used to be built.
    StringBuilder text = new StringBuilder();
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if ((ch >= '0' && ch <= '9') || Numerals.isChinese(ch) || Brackets.TITLE.opens(ch)
          || Brackets.TITLE.closes(ch) || Brackets.QUOTING.opens(ch) || Brackets.QUOTING.closes(ch)
          || DeadlineGrammar.TRIGGER_CHARS.indexOf(ch) >= 0 || TownGrammar.startsName(ch)
          || PlaceGrammar.LEVEL_END_CHARS.indexOf(ch) >= 0) {
        text.append(ch);
      }
    }
    // Every such character is a candidate position, and every other one is not.
    Candidates all = Candidates.of(text.toString());
    Candidates.Cursor any = all.cursor(0xFF);
    for (int i = 0; i < text.length(); i++) {
      assertThat(any.next(i)).as("position of %s", text.charAt(i)).isEqualTo(i);
    }
    assertThat(Candidates.of("的是了和在有这为").cursor(0xFF).next(0)).isEqualTo(-1);
  }

  @Test
  void eachDivisionsParentIsItsLongestAncestorByCode() {
    // Read from the data: 黄江镇 lies directly under 东莞市 (4419: 东莞 has no county level),
    // 天河区 (440106) under 广州市 (4401), 广州市 under 广东省 (44), 广东省 has none.
    Gazetteer g = Gazetteer.standard();
    Place tianhe = g.lookup("天河区").get(0);
    assertThat(tianhe.parentCode()).hasValue("4401");
    assertThat(g.byCode("4401").orElseThrow().parentCode()).hasValue("44");
    assertThat(g.byCode("44").orElseThrow().parentCode()).isEmpty();
    Place huangjiang = g.lookup("黄江镇").stream().filter(p -> p.code().startsWith("4419")).findFirst()
        .orElseThrow();
    assertThat(huangjiang.parentCode()).hasValue("4419");
    // The long way for every division: the longest code of 6, 4 or 2 digits that is a prefix and
    // exists.
    for (Place p : g.all()) {
      String expected = null;
      for (int len : new int[] {6, 4, 2}) {
        if (len < p.code().length() && g.byCode(p.code().substring(0, len)).isPresent()) {
          expected = p.code().substring(0, len);
          break;
        }
      }
      assertThat(p.parentCode().orElse(null)).as(p.code()).isEqualTo(expected);
    }
  }

  @Test
  void aNameAndItsShortFormFindTheSamePlaceInstance() {
    Gazetteer g = Gazetteer.standard();
    // 天河 is also the short form of several 天河街道/天河镇: the 天河区 among them is the same instance.
    Place tianhe = g.lookup("天河区").get(0);
    assertThat(g.lookup("天河")).filteredOn(p -> p.code().equals("440106")).singleElement()
        .isSameAs(tianhe);
    assertThat(g.lookup("  天河区 ")).isEqualTo(g.lookup("天河区"));
    assertThat(Place.shortNameOf("440106", "天河区")).isEqualTo("天河");
    assertThat(Place.shortNameOf("45", "广西壮族自治区")).isEqualTo("广西");
  }

  private static List<Character> chars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c);
    }
    return out;
  }
}
