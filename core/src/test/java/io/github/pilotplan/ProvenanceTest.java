package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every element of the model points at the characters it came from. */
class ProvenanceTest {

  private static String at(Plan plan, SourceSpan span) {
    return plan.text().substring(span.offset(), span.endOffset());
  }

  static Stream<Plan> plans() throws IOException {
    Plan document;
    try (InputStream in = ProvenanceTest.class.getResourceAsStream("/documents/shilong-2011.txt")) {
      document = PlanLoader.standard().load(in);
    }
    Plan seed = PlanLoader.seed();
    Plan fullWidth = PlanLoader.standard().load(seed.text().replace('(', '（').replace(')', '）')
        .replace(':', '：').replace("\n", "\r\n"));
    return Stream.of(seed, fullWidth, document,
        PlanLoader.standard().loadPages(List.of(MultiPageTest.PAGE_1, MultiPageTest.PAGE_2)));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everySpanHoldsWhatTheElementSays(Plan plan) {
    plan.sections().filter(s -> !s.isInferred()).forEach(s ->
        assertThat(at(plan, s.source().orElseThrow())).startsWith(s.label().written()));
    for (Task task : plan.allTasks()) {
      String taskText = Cleaning.clean(at(plan, task.source()));
      assertThat(taskText).startsWith(task.text().substring(0, Math.min(8, task.text().length())));
      task.statedDeadlines().forEach(d -> assertThat(Cleaning.clean(at(plan, d.source()))).isEqualTo(d.text()));
      task.targets().forEach(t -> assertThat(Cleaning.clean(at(plan, t.source()))).isEqualTo(t.text()));
      for (Mention<Unit> m : task.unitMentions()) {
        assertThat(Unit.canonicalName(at(plan, m.source()))).isEqualTo(m.value().name());
        assertThat(task.source().encloses(m.source())).isTrue();
      }
      for (Mention<Town> m : task.townMentions()) {
        assertThat(Town.lookup(at(plan, m.source()))).hasValue(m.value());
      }
      assertThat(task.unitMentions()).extracting(Mention::value).containsAll(task.statedUnits());
    }
  }

  @Test
  void townsNamedInAListPointAtTheirShortNames() {
    Task task = PlanLoader.seed().task("(二)", "1", "(1)").orElseThrow();
    assertThat(task.townMentions()).extracting(m -> m.value().name()).containsExactly("黄江镇", "厚街镇");
    // "  (1)2009至2010年,以黄江、厚街两镇为试点": 黄江 at column 18, 厚街 at column 21.
    assertThat(task.townMentions()).extracting(m -> m.source().line()).containsExactly(48, 48);
    assertThat(task.townMentions()).extracting(m -> m.source().column()).containsExactly(18, 21);
    assertThat(task.townMentions()).extracting(m -> m.source().length()).containsExactly(2, 2);
  }

  @Test
  void unitsPointAtTheirNamesInTheAnnotation() {
    Task task = PlanLoader.seed().task("(一)", "3").orElseThrow();
    // Line 6 ends with "(责任单位:市民政局、市财政局、市经贸局、市机编办)".
    assertThat(task.unitMentions()).extracting(m -> m.source().line()).containsOnly(6);
    Plan plan = PlanLoader.seed();
    assertThat(task.unitMentions()).extracting(m -> at(plan, m.source()))
        .containsExactly("市民政局", "市财政局", "市经贸局", "市机编办");
  }

  @Test
  void junkAroundAUnitNameIsNotPartOfIt() {
    Plan plan = PlanLoader.standard().load("1、建立制度。(责任单位:@市民政局、财政局。)\n");
    assertThat(plan.units()).extracting(Unit::name).containsExactly("市民政局", "市财政局");
  }
}
