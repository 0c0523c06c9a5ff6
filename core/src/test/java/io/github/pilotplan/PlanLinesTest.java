package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.json.PlanJson;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's line accounts are held as numbers ({@link PlanLines}) and read back as the accounts
 * given, as an unmodifiable list equal to any list of them, in JSON too.
 */
class PlanLinesTest {

  private static final List<SourceLine> GIVEN = ImmutableList.of(SourceLine.of(1, LineRole.BOILERPLATE),
      SourceLine.of(2, LineRole.METADATA), SourceLine.of(4, LineRole.HEADING),
      SourceLine.of(5_000, LineRole.STATEMENT), SourceLine.of(70_000, LineRole.UNPLACED));

  @Test
  void theAccountsComeBackInOrderAsAListEqualToTheGivenOne() {
    PlanLines lines = PlanLines.of(GIVEN);
    assertThat(lines).containsExactlyElementsOf(GIVEN);
    assertThat(lines).isEqualTo(GIVEN);
    assertThat(GIVEN).isEqualTo(lines);
    assertThat(lines.hashCode()).isEqualTo(GIVEN.hashCode());
    assertThat(lines.get(3).line()).isEqualTo(5_000);
    assertThat(lines.get(4).role()).isEqualTo(LineRole.UNPLACED);
    assertThat(lines.get(2)).isSameAs(SourceLine.of(4, LineRole.HEADING)); // the first lines are shared
    assertThat(PlanLines.of(lines)).isSameAs(lines);
    assertThat(PlanLines.of(List.of())).isSameAs(PlanLines.EMPTY);
  }

  @Test
  void itCannotBeChangedOrReadPastItsEnd() {
    PlanLines lines = PlanLines.of(GIVEN);
    assertThatThrownBy(() -> lines.add(SourceLine.of(9, LineRole.HEADING)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lines.set(0, SourceLine.of(9, LineRole.HEADING)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lines.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aPlansLinesWriteAndReadBackAsJson() throws Exception {
    Plan plan = PlanLoader.standard().load("一、总体要求\n\n(一)2012年前,建立制度。(责任单位:市民政局)\n");
    assertThat(plan.lines()).extracting(SourceLine::line).containsExactly(1, 3);
    String json = PlanJson.MAPPER.writeValueAsString(plan);
    assertThat(PlanJson.MAPPER.readTree(json).get("lines").get(1).get("line").asInt()).isEqualTo(3);
    Plan back = PlanJson.MAPPER.readValue(json, Plan.class);
    assertThat(back.lines()).isEqualTo(plan.lines());
    assertThat(Plan.builder().from(plan).build().lines()).isEqualTo(plan.lines());
  }
}
