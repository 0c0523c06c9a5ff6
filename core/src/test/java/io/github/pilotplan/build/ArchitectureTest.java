package io.github.pilotplan.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of the core, pinned. The user's vocabulary ({@code model}, {@code document}) is the
 * bottom: it imports no machinery. The internal layers follow the data flow — text → outline →
 * annotate → table → assemble — and nothing imports upward; {@code query} reads the model (and the
 * names and cleaning of the text and annotate layers, and the outline's label grammar for path
 * steps); the root facade ties everything together, and is where text is read into values ({@code
 * Deadlines.parse}, {@code Labels.of}, {@code Places.parent}). The exception family lives in the
 * root package but is the bottom of the vocabulary: every layer may throw it. No package cycles.
 *
 * <p>One exception, and only one: the model's types carry the Immutables/Jackson style annotations
 * of {@code internal.style} ({@code PilotplanStyle}, {@code PilotplanJson}). They have source or
 * class retention and only the annotation processor reads them, at build time; no model class
 * calls into that package at run time. No other edge from the vocabulary into {@code internal}
 * is allowed: {@code ModelRuleTest} shows the rule failing on a fixture that takes one.
 */
@AnalyzeClasses(packages = "io.github.pilotplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.pilotplan";

  /** The exception family: the root package's exceptions, which every layer may throw. */
  private static final DescribedPredicate<JavaClass> EXCEPTIONS = DescribedPredicate.describe(
      "the exception family", c -> c.getPackageName().equals(ROOT) && c.isAssignableTo(Exception.class));

  /** The root facade: the root package's classes but the exceptions. */
  private static final DescribedPredicate<JavaClass> FACADE = DescribedPredicate.describe(
      "the facade", c -> c.getPackageName().equals(ROOT) && !c.isAssignableTo(Exception.class));

  /** The machinery: every internal package but the build-time style annotations. */
  private static final DescribedPredicate<JavaClass> MACHINERY = DescribedPredicate.describe(
      "the internal packages (but the build-time style annotations of internal.style)",
      c -> c.getPackageName().startsWith(ROOT + ".internal")
          && !c.getPackageName().equals(ROOT + ".internal.style"));

  @ArchTest
  static final ArchRule theModelImportsNoMachinery = noClasses()
      .that().resideInAnyPackage(ROOT + ".model..", ROOT + ".document..", ROOT + ".json..")
      .should().dependOnClassesThat(MACHINERY)
      .because("the model is the user's vocabulary: values, not the readers and grammars that find them");

  @ArchTest
  static final ArchRule nothingImportsUpward = layeredArchitecture()
      .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
      .layer("Facade").definedBy(FACADE)
      .layer("Exceptions").definedBy(EXCEPTIONS)
      .layer("Json").definedBy(ROOT + ".json..")
      .layer("Query").definedBy(ROOT + ".query..")
      .layer("Model").definedBy(ROOT + ".model..", ROOT + ".document..")
      .layer("Style").definedBy(ROOT + ".internal.style..")
      .layer("Text").definedBy(ROOT + ".internal.text..")
      .layer("Outline").definedBy(ROOT + ".internal.outline..")
      .layer("Annotate").definedBy(ROOT + ".internal.annotate..")
      .layer("Table").definedBy(ROOT + ".internal.table..")
      .layer("Assemble").definedBy(ROOT + ".internal.assemble..")
      .whereLayer("Style").mayNotAccessAnyLayer()
      .whereLayer("Exceptions").mayOnlyAccessLayers("Model", "Style")
      .whereLayer("Model").mayOnlyAccessLayers("Exceptions", "Style")
      .whereLayer("Text").mayOnlyAccessLayers("Model", "Exceptions", "Style")
      .whereLayer("Outline").mayOnlyAccessLayers("Text", "Model", "Exceptions", "Style")
      .whereLayer("Annotate").mayOnlyAccessLayers("Outline", "Text", "Model", "Exceptions", "Style")
      .whereLayer("Table").mayOnlyAccessLayers("Annotate", "Outline", "Text", "Model", "Exceptions", "Style")
      .whereLayer("Assemble")
      .mayOnlyAccessLayers("Facade", "Table", "Annotate", "Outline", "Text", "Model", "Exceptions", "Style")
      .whereLayer("Query").mayOnlyAccessLayers("Annotate", "Outline", "Text", "Model", "Exceptions", "Style")
      .whereLayer("Json").mayOnlyAccessLayers("Facade", "Model", "Exceptions", "Style")
      .because("layering follows the data flow: nothing imports upward");

  /** Each class of a subpackage in the slice of its package; the root package in none. */
  private static final SliceAssignment SUBPACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return c.getPackageName().equals(ROOT) ? SliceIdentifier.ignore() : SliceIdentifier.of(c.getPackageName());
    }

    @Override
    public String getDescription() {
      return "the packages below " + ROOT;
    }
  };

  @ArchTest
  static final ArchRule noPackageCycles = slices().assignedFrom(SUBPACKAGES).should().beFreeOfCycles();
}
