package io.github.pilotplan.examples.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The examples are written as a user writes: against the packages the core's module exports, never
 * its {@code io.github.pilotplan.internal} packages (which a user on the module path cannot see).
 * Main and test classes both.
 */
@AnalyzeClasses(packages = "io.github.pilotplan.examples")
class PublicApiOnlyTest {

  @ArchTest
  static final ArchRule theExamplesUseNoInternalPackage = noClasses()
      .that().resideInAPackage("io.github.pilotplan.examples..")
      .should().dependOnClassesThat().resideInAPackage("io.github.pilotplan.internal..")
      .because("examples use only the public API (the core's module exports no internal package)");
}
