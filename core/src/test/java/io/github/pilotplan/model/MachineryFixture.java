package io.github.pilotplan.model;

import io.github.pilotplan.internal.text.Cleaning;

/**
 * A test-only class in the model's package that calls the machinery, as a model class must not:
 * {@code ModelRuleTest} runs the architecture's model rule on it and expects a violation. It lives
 * in the test sources, so the architecture test (which imports the main classes only) never sees
 * it.
 */
final class MachineryFixture {

  private MachineryFixture() {}

  /** A name cleaned by the text layer: the edge model → internal.text the rule forbids. */
  static String cleaned(String name) {
    return Cleaning.clean(name);
  }
}
