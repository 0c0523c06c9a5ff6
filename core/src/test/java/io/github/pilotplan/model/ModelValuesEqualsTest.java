package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;

import org.junit.jupiter.api.Test;

/** equals/hashCode contracts of the model values; provenance is not part of equality. */
class ModelValuesEqualsTest {

  @Test
  void task() {
    // A task's text compares by its characters, not by the fields that hold them (TaskTextTest).
    equalsVerifier(ImmutableTask.class)
        .withPrefabValues(TaskText.class, TaskText.of("建立培训制度。"), TaskText.of("完善考核办法。"))
        .withIgnoredFields("source", "unitMentions", "townMentions", "placeMentions").verify();
  }

  @Test
  void section() {
    equalsVerifier(ImmutableSection.class)
        .withIgnoredFields("source").withPrefabValues(ImmutableSection.class,
            (ImmutableSection) Section.builder().label(Label.of(Level.ITEM, 1))
                .isInferred(false).build(),
            (ImmutableSection) Section.builder().label(Label.of(Level.ITEM, 2))
                .isInferred(true).build()).verify();
  }

  @Test
  void pageAndLine() {
    equalsVerifier(ImmutableSourcePage.class).verify();
    equalsVerifier(ImmutableSourceLine.class).verify();
  }
}
