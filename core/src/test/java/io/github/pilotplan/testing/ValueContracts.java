package io.github.pilotplan.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.Deadlines;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.SourceSpan;
import com.google.common.collect.ImmutableSet;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;

/**
 * EqualsVerifier set up for the generated value classes: Guava's immutable collections get
 * prefab values (EqualsVerifier cannot instantiate them), and null fields are not probed because
 * the generated constructors reject null.
 */
public final class ValueContracts {

  private ValueContracts() {}

  public static <T> SingleTypeEqualsVerifierApi<T> equalsVerifier(Class<T> type) {
    return EqualsVerifier.forClass(type)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(ImmutableList.class, ImmutableList.of("a"), ImmutableList.of("b"))
        .withPrefabValues(ImmutableSet.class, ImmutableSet.of("a"), ImmutableSet.of("b"))
        .withPrefabValues(ImmutableMap.class, ImmutableMap.of("a", 1), ImmutableMap.of("b", 2))
        // SourceSpan compares by its accessors, which an instance EqualsVerifier makes up lacks.
        .withPrefabValues(SourceSpan.class, SourceSpan.of(1, 1, 0, 2), SourceSpan.of(2, 3, 10, 4))
        // So does Deadline (a target holds one).
        .withPrefabValues(Deadline.class, Deadlines.parse("2012年前"), Deadlines.parse("到2010年底"));
  }
}
