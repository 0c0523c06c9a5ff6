package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/** equals/hashCode contracts of the annotate values; positions are not part of equality. */
class AnnotateValuesEqualsTest {

  @Test
  void deadline() {
    equalsVerifier(ImmutableDeadline.class)
        .withIgnoredFields("source").verify();
  }

  // A target keeps its value as written: 80 and 80.0 are different targets (BigDecimal.equals).
  @Test
  void target() {
    equalsVerifier(ImmutableTarget.class).suppress(Warning.BIGDECIMAL_EQUALITY)
        .withIgnoredFields("source").verify();
  }

  @Test
  void unitTownAndAnnotation() {
    equalsVerifier(ImmutableUnit.class).verify();
    equalsVerifier(ImmutableTown.class).verify();
    equalsVerifier(ImmutablePlace.class).verify();
    // The span's four numbers are held in the mention itself (ImmutableMention), not as a span.
    equalsVerifier(ImmutableMention.class)
        .withIgnoredFields("line", "column", "offset", "length").verify();
  }
}
