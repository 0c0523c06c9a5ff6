package io.github.pilotplan.internal.annotate;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import org.junit.jupiter.api.Test;

/** equals/hashCode contract of the units a statement names; positions are not part of equality. */
class UnitAnnotationEqualsTest {

  @Test
  void unitAnnotation() {
    equalsVerifier(ImmutableUnitAnnotation.class)
        .withIgnoredFields("source", "mentions").verify();
  }
}
