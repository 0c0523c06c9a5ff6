package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import org.junit.jupiter.api.Test;

class TextValuesEqualsTest {

  @Test
  void spanAndDiagnostic() {
    equalsVerifier(ImmutableSourceSpan.class).verify();
    equalsVerifier(ImmutableDiagnostic.class).verify();
  }
}
