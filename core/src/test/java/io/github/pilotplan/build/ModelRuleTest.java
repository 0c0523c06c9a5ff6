package io.github.pilotplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * {@link ArchitectureTest#theModelImportsNoMachinery} can fail: on a test-only class of the model's
 * package that calls {@code internal.text.Cleaning} it reports that call, while the main classes
 * (what the architecture test imports) pass it.
 */
class ModelRuleTest {

  private static final String FIXTURE = "io.github.pilotplan.model.MachineryFixture";

  @Test
  void theRuleReportsAModelClassThatCallsTheMachinery() throws ClassNotFoundException {
    JavaClasses fixture = new ClassFileImporter().importClasses(Class.forName(FIXTURE));

    EvaluationResult result = ArchitectureTest.theModelImportsNoMachinery.evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("MachineryFixture.cleaned(java.lang.String)")
            .contains("io.github.pilotplan.internal.text.Cleaning.clean(java.lang.CharSequence)"));
  }

  @Test
  void theMainClassesPassItAndHoldNoFixture() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("io.github.pilotplan");

    assertThat(main.containPackage("io.github.pilotplan.model")).isTrue();
    assertThat(main.contain(FIXTURE)).as("the fixture is a test class: the architecture test never sees it")
        .isFalse();
    EvaluationResult result = ArchitectureTest.theModelImportsNoMachinery.evaluate(main);
    assertThat(result.getFailureReport().getDetails()).isEmpty();
    assertThat(result.hasViolation()).isFalse();
  }
}
