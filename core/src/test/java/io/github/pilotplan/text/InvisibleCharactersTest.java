package io.github.pilotplan.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Folding;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.internal.text.Folded;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.model.SourceSpan;

/**
 * Invisible format characters inside a unit or town name (a scraped page's bidi marks, a soft
 * hyphen, a zero-width space or joiner, a byte-order mark in mid-text) do not make a look-alike
 * name, and the spans still cover the characters as written.
 */
class InvisibleCharactersTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200E", "200F", "2066", "2067", "2068", "2069", "00AD", "200D", "200C",
      "200B", "FEFF", "202A", "202E", "2060"})
  void aUnitWithAnInvisibleCharacterIsTheUnit(String hex) {
    String invisible = String.valueOf((char) Integer.parseInt(hex, 16));
    String text = "1、2011年前完成调查。(责任单位:市" + invisible + "财政局、市民政局)\n";

    Plan plan = PlanLoader.standard().load(text);

    assertThat(plan.units()).extracting(Unit::name).containsExactly("市财政局", "市民政局");
    assertThat(plan.tasks().ownedBy("市财政局").count()).isEqualTo(1);
    Mention<Unit> mention = plan.allTasks().get(0).unitMentions().get(0);
    // "1、2011年前完成调查。(责任单位:" is 19 characters: the name starts at offset 19, column 20,
    // and is five characters as written: 市, the invisible one, 财政局.
    assertThat(mention.source()).isEqualTo(SourceSpan.of(1, 20, 19, 5));
    assertThat(text.substring(mention.source().offset(), mention.source().endOffset()))
        .isEqualTo("市" + invisible + "财政局");
  }

  @Test
  void aTownWithAnInvisibleCharacterIsTheTown() {
    String text = "1、2011年前在黄\u200E江镇开展试点工作,总结经验。(责任单位:市民政局)\n";

    Task task = PlanLoader.standard().load(text).allTasks().get(0);

    assertThat(task.towns()).extracting(Town::name).containsExactly("黄江镇");
    Mention<Town> mention = task.townMentions().get(0);
    // "1、2011年前在" is nine characters; 黄, LRM, 江, 镇 follow.
    assertThat(mention.source()).isEqualTo(SourceSpan.of(1, 10, 9, 4));
  }

  @Test
  void aListOfShortTownNamesWithInvisibleCharacters() {
    String text = "1、2011年前以黄\u200B江、\u2066厚街\u2069两镇为试点,总结经验。(责任单位:市民政局)\n";

    Task task = PlanLoader.standard().load(text).allTasks().get(0);

    assertThat(task.towns()).extracting(Town::name).containsExactly("黄江镇", "厚街镇");
    // 黄 U+200B 江 at offsets 9..11; 厚街 at 14..15 (after 、 and the isolate at 13), the closing
    // isolate after it left out of the span.
    assertThat(task.townMentions()).extracting(m -> m.source().offset() + "+" + m.source().length())
        .containsExactly("9+3", "14+2");
  }

  @Test
  void namesGivenAsStringsFoldTheSameWay() {
    assertThat(Unit.of("市\u200D财政局").name()).isEqualTo("市财政局");
    assertThat(Unit.of("\u200E市财政局\u200F").matches("市财政局")).isTrue();
    assertThat(Town.lookup("黄\u00AD江")).map(Town::name).contains("黄江镇");
    assertThat(Folding.withoutInvisible("a\u2066b\u2069c\uFEFF")).isEqualTo("abc");
    assertThat(Folding.withoutInvisible("市财政局")).isSameAs("市财政局");
  }

  @Test
  void cleaningKeepsTheLength() {
    String text = "市\u200E财\u00AD政\u2067局";

    assertThat(Cleaning.clean(text)).isEqualTo("市 财 政 局");
  }

  @Test
  void foldedMapsBackToTheRegion() {
    SourceText source = SourceText.of("以黄\u200B江、厚街两镇");
    Folded f = Folded.of(source.line(1));

    assertThat(f.text()).isEqualTo("以黄江、厚街两镇");
    assertThat(f.regionIndex(1)).isEqualTo(1);
    assertThat(f.regionIndex(2)).isEqualTo(3);
    assertThat(f.regionEnd(3)).isEqualTo(4);
    assertThat(f.regionIndex(f.text().length())).isEqualTo(source.line(1).length());
  }

  @Test
  void aRegionWithoutInvisibleCharactersIsItsOwnFolding() {
    Region line = SourceText.of("以黄江、厚街两镇").line(1);
    Folded f = Folded.of(line);

    assertThat(f.text()).isSameAs(line.text());
    assertThat(f.regionIndex(3)).isEqualTo(3);
    assertThat(f.regionEnd(3)).isEqualTo(3);
  }
}
