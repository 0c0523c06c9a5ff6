package io.github.pilotplan;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.query.TaskQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanEqualsTest {

  @Test
  void planIsEqualByContentNotByItsText() {
    // query (and its lock) caches the indexed query over the tasks: derived, not content.
    // lines is held as numbers (PlanLines), provenance like the text.
    equalsVerifier(ImmutablePlan.class)
        .withPrefabValues(PlanLines.class, PlanLines.of(List.of(SourceLine.of(1, LineRole.HEADING))),
            PlanLines.of(List.of(SourceLine.of(2, LineRole.STATEMENT))))
        .withPrefabValues(TaskQuery.class, TaskQuery.over(List.of()), TaskQuery.over(
            PlanLoader.standard().load("(一)2012年前,建立制度。(责任单位:市民政局)").allTasks()))
        .withIgnoredFields("text", "lines", "query", "queryLock").verify();
  }
}
