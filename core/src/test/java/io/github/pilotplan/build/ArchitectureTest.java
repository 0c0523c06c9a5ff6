package io.github.pilotplan.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The layering of the core, pinned. The user's vocabulary ({@code model}, {@code document}) is the
 * bottom: it imports no machinery. The internal layers follow the data flow — text → outline →
 * annotate → table → assemble — and nothing imports upward; {@code query} reads the model (and the
 * names and cleaning of the text and annotate layers); the root facade ties everything together.
 * The exception family lives in the root package but is the bottom of the vocabulary: every layer
 * may throw it. No package cycles.
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

  /**
   * The model's text-reading factories that still run a grammar of the machinery: {@code
   * Deadline.parse}, {@code Label.parse}/{@code of}, {@code Town.of}, {@code Place}'s gazetteer
   * look-ups and {@code Unit.of}'s aliases. These exact class-to-class edges, and no other, may
   * cross from the model into the internal packages.
   */
  private static final Set<String> MODEL_TO_MACHINERY = Set.of(
      "model.Deadline -> internal.annotate.DeadlineGrammar",
      "model.Deadline -> internal.text.SourceText",
      "model.Deadline -> internal.text.Region",
      "model.Label -> internal.text.Cleaning",
      "model.Town -> internal.text.Cleaning",
      "model.Place -> internal.annotate.Gazetteer",
      "model.Unit -> internal.annotate.UnitNaming");

  @ArchTest
  static final ArchRule theModelImportsNoMachinery = noClasses()
      .that().resideInAnyPackage(ROOT + ".model..", ROOT + ".document..", ROOT + ".json..")
      .should(dependOnInternalPackagesOtherThan(MODEL_TO_MACHINERY))
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
      .whereLayer("Query").mayOnlyAccessLayers("Annotate", "Text", "Model", "Exceptions", "Style")
      .whereLayer("Json").mayOnlyAccessLayers("Facade", "Model", "Exceptions", "Style")
      .ignoreDependency(modelToMachinery(), DescribedPredicate.alwaysTrue())
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
  static final ArchRule noPackageCycles = slices().assignedFrom(SUBPACKAGES).should().beFreeOfCycles()
      .ignoreDependency(modelToMachinery(), machineryOfTheModel());

  /** The origins of the {@link #MODEL_TO_MACHINERY} edges, for the layered rule. */
  private static DescribedPredicate<JavaClass> modelToMachinery() {
    return DescribedPredicate.describe("the model's text-reading factories (and only toward their grammars: "
        + "see theModelImportsNoMachinery)", c -> MODEL_TO_MACHINERY.stream()
            .anyMatch(edge -> edge.startsWith(shortName(c) + " -> ")));
  }

  /** The targets of the {@link #MODEL_TO_MACHINERY} edges. */
  private static DescribedPredicate<JavaClass> machineryOfTheModel() {
    return DescribedPredicate.describe("their grammars", c -> MODEL_TO_MACHINERY.stream()
        .anyMatch(edge -> edge.endsWith(" -> " + shortName(c))));
  }

  private static ArchCondition<JavaClass> dependOnInternalPackagesOtherThan(Set<String> allowed) {
    return new ArchCondition<>("depend on the internal packages") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          if (!target.getPackageName().startsWith(ROOT + ".internal")) {
            continue;
          }
          String edge = shortName(c) + " -> " + shortName(target);
          if (!allowed.contains(edge) && !target.getPackageName().equals(ROOT + ".internal.style")) {
            events.add(SimpleConditionEvent.satisfied(c, d.getDescription()));
          }
        }
      }
    };
  }

  private static String shortName(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top.getName().startsWith(ROOT + ".") ? top.getName().substring(ROOT.length() + 1) : top.getName();
  }
}
