package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task holds its mentions as values and span numbers ({@link PackedMentions}): two numbers a
 * mention when all start on one line with 16-bit columns and lengths, four otherwise; the mentions
 * it gives back are those it was given, in either form, in JSON too.
 */
class PackedMentionsTest {

  private static final Unit FINANCE = Unit.of("市财政局");
  private static final Unit CIVIL = Unit.of("市民政局");

  @Test
  void mentionsOnOneLineTakeTwoNumbersEachAndComeBackAsGiven() {
    List<Mention<Unit>> given = List.of(
        Mention.of(CIVIL, SourceSpan.of(12, 40, 900, 4)),
        Mention.of(FINANCE, SourceSpan.of(12, 45, 905, 4)));
    PackedMentions<Unit> packed = PackedMentions.of(given);
    assertThat(packed.numbersHeld()).isEqualTo(4);
    assertThat(packed.values()).hasSize(2);
    assertSame(packed.asList(), given);
  }

  @Test
  void mentionsOnSeveralLinesOrPast16BitsTakeFourNumbersEach() {
    List<Mention<Unit>> twoLines = List.of(
        Mention.of(CIVIL, SourceSpan.of(12, 40, 900, 4)),
        Mention.of(FINANCE, SourceSpan.of(13, 1, 946, 4)));
    PackedMentions<Unit> packed = PackedMentions.of(twoLines);
    assertThat(packed.numbersHeld()).isEqualTo(8);
    assertSame(packed.asList(), twoLines);

    List<Mention<Unit>> farColumn = List.of(
        Mention.of(CIVIL, SourceSpan.of(1, 65_535, 65_534, 4)),
        Mention.of(FINANCE, SourceSpan.of(1, 65_536, 65_535, 4)));
    PackedMentions<Unit> wide = PackedMentions.of(farColumn);
    assertThat(wide.numbersHeld()).isEqualTo(8);
    assertSame(wide.asList(), farColumn);

    List<Mention<Unit>> longName = List.of(Mention.of(CIVIL, SourceSpan.of(2, 3, 10, 70_000)));
    assertSame(PackedMentions.of(longName).asList(), longName);
  }

  @Test
  void theValuesAreTheGivenListWhereItNamesTheSameInOrder() {
    ImmutableList<Unit> units = ImmutableList.of(CIVIL, FINANCE);
    List<Mention<Unit>> given = List.of(
        Mention.of(CIVIL, SourceSpan.of(3, 1, 20, 4)), Mention.of(FINANCE, SourceSpan.of(3, 6, 25, 4)));
    assertThat(PackedMentions.of(given, units).values()).isSameAs(units);
    assertThat(PackedMentions.of(given, ImmutableList.of(FINANCE, CIVIL)).values())
        .containsExactly(CIVIL, FINANCE);
    List<Mention<Unit>> twice = List.of(Mention.of(CIVIL, SourceSpan.of(3, 1, 20, 4)),
        Mention.of(CIVIL, SourceSpan.of(3, 9, 28, 2)));
    assertThat(PackedMentions.of(twice, ImmutableList.of(CIVIL)).values()).containsExactly(CIVIL, CIVIL);
  }

  @Test
  void equalAndHashingAsTheListOfItsMentions() {
    List<Mention<Unit>> a = List.of(Mention.of(CIVIL, SourceSpan.of(3, 1, 20, 4)));
    List<Mention<Unit>> b = List.of(Mention.of(CIVIL, SourceSpan.of(9, 2, 80, 2)));
    assertThat(PackedMentions.of(a)).isEqualTo(PackedMentions.of(b));
    assertThat(PackedMentions.of(a).hashCode()).isEqualTo(a.hashCode());
    assertThat(PackedMentions.of(a).hashCode()).isEqualTo(PackedMentions.of(a).asList().hashCode());
    assertThat(PackedMentions.of(a)).isNotEqualTo(
        PackedMentions.of(List.of(Mention.of(FINANCE, SourceSpan.of(3, 1, 20, 4)))));
    assertThat(PackedMentions.<Unit>of(List.of())).isSameAs(PackedMentions.empty());
  }

  @Test
  void aLoadedTaskGivesEachMentionAtTheNameAsWrittenAndJsonKeepsThem() throws Exception {
    // The seed's (二) › 1 › (1): "2009至2010年,以黄江、厚街两镇为试点,…" names 黄江 and 厚街 on one line.
    Plan plan = PlanLoader.standard().load(seed());
    Task task = plan.task("(二)", "1", "(1)").orElseThrow();
    assertThat(task.townMentions()).extracting(m -> plan.text().substring(m.source().offset(),
        m.source().endOffset())).containsExactly("黄江", "厚街");
    assertThat(task.getTownMentions().values()).isSameAs(task.towns());

    String json = PlanJson.MAPPER.writeValueAsString(task);
    JsonNode towns = PlanJson.MAPPER.readTree(json).get("townMentions");
    assertThat(towns.size()).isEqualTo(2);
    assertThat(towns.get(1).get("value").get("name").asText()).isEqualTo("厚街镇");
    assertThat(towns.get(1).get("source").get("line").asInt()).isEqualTo(48);
    assertThat(towns.get(1).get("source").get("column").asInt()).isEqualTo(21); // "  (1)2009至2010年,以黄江、" before it
    Task back = PlanJson.MAPPER.readValue(json, Task.class);
    assertSame(back.townMentions(), task.townMentions());
    assertSame(back.unitMentions(), task.unitMentions());
  }

  private static <T> void assertSame(List<Mention<T>> actual, List<Mention<T>> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).value()).isEqualTo(expected.get(i).value());
      assertThat(actual.get(i).source()).isEqualTo(expected.get(i).source());
    }
  }

  private static String seed() throws Exception {
    return java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/000_8ddc76576f8f43b0.txt"));
  }
}
