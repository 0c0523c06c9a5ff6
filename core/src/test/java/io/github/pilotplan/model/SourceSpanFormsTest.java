package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pilotplan.json.PlanJson;
import org.junit.jupiter.api.Test;

/**
 * A span whose column and length fit in 16 bits is held in the narrow form; others in the generated
 * one. Both give the same numbers, equality, hash code and JSON.
 */
class SourceSpanFormsTest {

  @Test
  void aSpanOfSmallColumnAndLengthIsNarrowAndEqualsTheGeneratedForm() {
    SourceSpan narrow = SourceSpan.of(3, 5, 40, 12);
    SourceSpan wide = ImmutableSourceSpan.of(3, 5, 40, 12);
    assertThat(narrow).isInstanceOf(NarrowSourceSpan.class);
    assertThat(narrow.line()).isEqualTo(3);
    assertThat(narrow.column()).isEqualTo(5);
    assertThat(narrow.offset()).isEqualTo(40);
    assertThat(narrow.length()).isEqualTo(12);
    assertThat(narrow.endOffset()).isEqualTo(52);
    assertThat(narrow).hasToString("3:5");
    assertThat(narrow).isEqualTo(wide);
    assertThat(wide).isEqualTo(narrow);
    assertThat(narrow.hashCode()).isEqualTo(wide.hashCode());
    assertThat(narrow.compareTo(wide)).isZero();
    assertThat(narrow).isNotEqualTo(SourceSpan.of(3, 5, 40, 13));
    assertThat(narrow).isNotEqualTo(SourceSpan.of(4, 5, 40, 12));
  }

  @Test
  void aColumnOrLengthPast16BitsTakesTheGeneratedForm() {
    SourceSpan edge = SourceSpan.of(7, 65_535, 200_000, 65_535);
    assertThat(edge).isInstanceOf(NarrowSourceSpan.class);
    assertThat(edge.column()).isEqualTo(65_535);
    assertThat(edge.length()).isEqualTo(65_535);
    SourceSpan longLine = SourceSpan.of(1, 65_536, 65_535, 2);
    assertThat(longLine).isInstanceOf(ImmutableSourceSpan.class);
    assertThat(longLine.column()).isEqualTo(65_536);
    SourceSpan longSpan = SourceSpan.of(2, 1, 10, 100_000);
    assertThat(longSpan).isInstanceOf(ImmutableSourceSpan.class);
    assertThat(longSpan.length()).isEqualTo(100_000);
  }

  @Test
  void bothFormsRefuseTheSameNumbers() {
    assertThatThrownBy(() -> SourceSpan.of(0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be >= 1 but was 0");
    assertThatThrownBy(() -> SourceSpan.of(1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column must be >= 1 but was 0");
    assertThatThrownBy(() -> SourceSpan.of(1, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must be >= 0 but was -1");
    assertThatThrownBy(() -> SourceSpan.of(1, 1, 0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be >= 0 but was -1");
    assertThatThrownBy(() -> SourceSpan.of(0, 70_000, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be >= 1 but was 0");
  }

  @Test
  void theNarrowFormWritesTheGeneratedFormsJson() throws Exception {
    String json = PlanJson.MAPPER.writeValueAsString(SourceSpan.of(3, 5, 40, 12));
    JsonNode node = PlanJson.MAPPER.readTree(json);
    assertThat(node.size()).isEqualTo(4);
    assertThat(node.get("line").asInt()).isEqualTo(3);
    assertThat(node.get("column").asInt()).isEqualTo(5);
    assertThat(node.get("offset").asInt()).isEqualTo(40);
    assertThat(node.get("length").asInt()).isEqualTo(12);
    assertThat(PlanJson.MAPPER.readValue(json, SourceSpan.class)).isEqualTo(SourceSpan.of(3, 5, 40, 12));
  }
}
