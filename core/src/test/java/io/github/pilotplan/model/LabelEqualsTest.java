package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class LabelEqualsTest {

  @Test
  void labelsAreEqualByLevelAndOrdinalNotByHowTheyWereWritten() {
    equalsVerifier(ImmutableLabel.class).suppress(Warning.TRANSIENT_FIELDS)
        .withIgnoredFields("written").verify();
  }
}
