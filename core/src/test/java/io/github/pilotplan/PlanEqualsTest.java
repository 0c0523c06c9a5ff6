package io.github.pilotplan;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import org.junit.jupiter.api.Test;

class PlanEqualsTest {

  @Test
  void planIsEqualByContentNotByItsText() {
    // query (and its lock) caches the indexed query over the tasks: derived, not content.
    equalsVerifier(ImmutablePlan.class)
        .withIgnoredFields("text", "lines", "query", "queryLock").verify();
  }
}
