package io.github.pilotplan;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import org.junit.jupiter.api.Test;

class PlanEqualsTest {

  @Test
  void planIsEqualByContentNotByItsText() {
    equalsVerifier(ImmutablePlan.class)
        .withIgnoredFields("text", "lines").verify();
  }
}
