package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pilotplan.Deadlines;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A deadline given another span ({@link Deadline#withSource}) holds the first one's values and its
 * own span's numbers; it equals, hashes and writes JSON as a built deadline of those values and
 * that span. The loader gives every deadline equal to one it met before that form.
 */
class SpannedDeadlineTest {

  @Test
  void aDeadlineAtAnotherSpanKeepsItsValuesAndEqualsTheBuiltForm() {
    Deadline d = Deadlines.parse("2010年6月底前");
    SourceSpan there = SourceSpan.of(40, 7, 2200, 9);
    Deadline moved = d.withSource(there);
    assertThat(moved).isInstanceOf(SpannedDeadline.class);
    assertThat(moved.source()).isEqualTo(there);
    assertThat(moved.kind()).isEqualTo(DeadlineKind.BY_END_OF);
    assertThat(moved.dueYear()).hasValue(2010);
    assertThat(moved.dueMonth()).hasValue(6);
    assertThat(moved.dueDate()).isEqualTo(d.dueDate());
    Deadline built = Deadline.builder().from(d).source(there).build();
    assertThat(moved).isEqualTo(built).isEqualTo(d);
    assertThat(built).isEqualTo(moved);
    assertThat(moved.hashCode()).isEqualTo(built.hashCode()).isEqualTo(d.hashCode());
    assertThat(moved).hasToString(d.toString());
    assertThat(moved).isNotEqualTo(Deadlines.parse("2010年底前").withSource(there));
  }

  @Test
  void movingAMovedDeadlineHoldsTheFirstValues() {
    Deadline d = Deadlines.parse("2012年前");
    SpannedDeadline twice = (SpannedDeadline) d.withSource(SourceSpan.of(2, 1, 10, 6))
        .withSource(SourceSpan.of(3, 1, 20, 6));
    assertThat(twice.values()).isSameAs(valuesOf(d)).isNotInstanceOf(SpannedDeadline.class);
    assertThat(twice.source()).isEqualTo(SourceSpan.of(3, 1, 20, 6));
  }

  @Test
  void equalsAndHashCodeFollowTheValuesNotTheSpan() {
    equalsVerifier(SpannedDeadline.class)
        .withIgnoredFields("line", "column", "offset", "length").verify();
  }

  @Test
  void itsJsonIsTheBuiltFormsAndReadsBackEqualWithTheSpan() throws Exception {
    Deadline d = Deadlines.parse("2009至2010年").withSource(SourceSpan.of(48, 6, 1500, 10));
    String json = PlanJson.MAPPER.writeValueAsString(d);
    assertThat(json).isEqualTo(PlanJson.MAPPER.writeValueAsString(
        Deadline.builder().from(d).source(d.source()).build()));
    JsonNode node = PlanJson.MAPPER.readTree(json);
    assertThat(node.get("startYear").asInt()).isEqualTo(2009);
    assertThat(node.get("dueYear").asInt()).isEqualTo(2010);
    assertThat(node.get("source").get("line").asInt()).isEqualTo(48);
    Deadline back = PlanJson.MAPPER.readValue(json, Deadline.class);
    assertThat(back).isEqualTo(d);
    assertThat(back.source()).isEqualTo(SourceSpan.of(48, 6, 1500, 10));
  }

  @Test
  void theLoaderKeepsTheValuesOfEqualDeadlinesOnceAndEachSpan() throws Exception {
    // The seed writes 2012年前 on lines 6, 8 and 24: one deadline's values,
    // each at its own place.
    Plan plan = PlanLoader.standard().load(Files.readString(Path.of("../seeds/000_8ddc76576f8f43b0.txt")));
    List<Deadline> by2012 = plan.allTasks().stream().flatMap(t -> t.statedDeadlines().stream())
        .filter(d -> d.text().equals("2012年前")).collect(Collectors.toList());
    assertThat(by2012).hasSizeGreaterThanOrEqualTo(2);
    Deadline first = by2012.get(0);
    for (Deadline d : by2012) {
      assertThat(valuesOf(d)).isSameAs(valuesOf(first));
      assertThat(plan.text().substring(d.source().offset(), d.source().endOffset())).isEqualTo("2012年前");
    }
    assertThat(by2012.stream().map(Deadline::source).distinct().count()).isEqualTo(by2012.size());
  }

  /** The deadline whose values {@code d} holds: itself, or the one it was given a span of. */
  private static Deadline valuesOf(Deadline d) {
    return d instanceof SpannedDeadline ? ((SpannedDeadline) d).values() : d;
  }
}
