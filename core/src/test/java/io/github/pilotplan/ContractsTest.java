package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multimap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.internal.annotate.DeadlineGrammar;
import io.github.pilotplan.internal.annotate.DeliverableGrammar;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.internal.annotate.TargetGrammar;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.internal.annotate.TownGrammar;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.internal.annotate.UnitAnnotationGrammar;
import io.github.pilotplan.model.UnitNaming;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.model.Folding;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.internal.outline.LabelGrammar;
import io.github.pilotplan.query.TaskQuery;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.internal.text.TextDecoding;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Value contracts of the public types: equality, null handling, deep immutability. */
class ContractsTest {

  private final Plan plan = PlanLoader.seed();

  @Test
  void valuesAreEqualByContentNotByPosition() {
    Task six = plan.task("(一)", "6").orElseThrow();
    Task sixAgain = PlanLoader.standard().load("\n\n" + plan.text()).task("(一)", "6").orElseThrow();
    assertThat(sixAgain.source().line()).isEqualTo(six.source().line() + 2);
    new EqualsTester()
        .addEqualityGroup(six, sixAgain)
        .addEqualityGroup(plan.task("(一)", "6", "(1)").orElseThrow())
        .addEqualityGroup(Deadlines.parse("2012年前"), Deadlines.parse("  2012年前"))
        .addEqualityGroup(Deadlines.parse("到2012年"))
        .addEqualityGroup(Unit.of("财政局"), Unit.of("东莞市财政局"))
        .addEqualityGroup(Unit.of("市民政局"))
        .addEqualityGroup(Labels.of("（一）"), Label.of(Level.SECTION, 1), Labels.parse("(一)总则").orElseThrow())
        .addEqualityGroup(Labels.of("1"))
        .addEqualityGroup(Town.lookup("黄江").orElseThrow(), Town.lookup("黄江镇").orElseThrow())
        .addEqualityGroup(plan.section("(二)").orElseThrow())
        .addEqualityGroup(plan, PlanLoader.seed())
        .addEqualityGroup(plan.tasks().ownedBy("财政局"), PlanLoader.seed().tasks().ownedBy("市财政局"))
        .addEqualityGroup(plan.tasks().ownedBy("财政局").dueIn(2011))
        .addEqualityGroup(plan.tasks().orderedByDeadline())
        .testEquals();
  }

  @Test
  void nullsAreRefusedWithTheirName() {
    NullPointerTester npt = new NullPointerTester();
    npt.testAllPublicStaticMethods(Unit.class);
    npt.testAllPublicStaticMethods(Town.class);
    npt.testAllPublicStaticMethods(Deadline.class);
    npt.testAllPublicStaticMethods(Label.class);
    npt.testAllPublicStaticMethods(Deadlines.class);
    npt.testAllPublicStaticMethods(Labels.class);
    npt.testAllPublicStaticMethods(Places.class);
    npt.testAllPublicStaticMethods(Place.class);
    npt.testAllPublicStaticMethods(Folding.class);
    npt.testAllPublicStaticMethods(LabelGrammar.class);
    npt.testAllPublicStaticMethods(TaskQuery.class);
    npt.testAllPublicInstanceMethods(plan);
    npt.testAllPublicInstanceMethods(plan.tasks());
    npt.testAllPublicInstanceMethods(PlanLoader.standard());
    npt.testAllPublicInstanceMethods(Unit.of("市财政局"));
    SourceText text = SourceText.of(plan.text());
    npt.setDefault(SourceText.class, text);
    npt.setDefault(Region.class, text.line(1));
    npt.testAllPublicStaticMethods(Plan.class);
    npt.testAllPublicStaticMethods(PlanWriter.class);
    npt.testAllPublicStaticMethods(Cleaning.class);
    npt.testAllPublicStaticMethods(TextDecoding.class);
    npt.testAllPublicStaticMethods(SourceText.class);
    npt.testAllPublicStaticMethods(DeadlineGrammar.class);
    npt.setDefault(UnitNaming.class, UnitNaming.standard());
    npt.testAllPublicStaticMethods(UnitAnnotationGrammar.class);
    npt.testAllPublicStaticMethods(UnitNaming.class);
    npt.testAllPublicInstanceMethods(UnitNaming.standard());
    npt.testAllPublicStaticMethods(TownGrammar.class);
    npt.testAllPublicStaticMethods(TargetGrammar.class);
    npt.testAllPublicStaticMethods(DeliverableGrammar.class);
    Task task = plan.task("(一)", "6").orElseThrow();
    npt.testAllPublicInstanceMethods(task);
    npt.testAllPublicInstanceMethods(plan.section("(二)").orElseThrow());
    npt.testAllPublicInstanceMethods(task.effectiveDeadlines().get(0));
    npt.testAllPublicInstanceMethods(text);
    npt.testAllPublicInstanceMethods(text.line(1));
    assertThatThrownBy(() -> PlanLoader.standard().load((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void everyCollectionOfTheModelRefusesChange() throws Exception {
    List<Object> values = new ArrayList<>();
    values.add(plan);
    values.add(plan.page());
    plan.sections().forEach(values::add);
    values.addAll(plan.allTasks());
    plan.allTasks().forEach(t -> {
      values.addAll(t.effectiveDeadlines());
      values.addAll(t.targets());
      values.addAll(t.effectiveUnits());
    });
    int checked = 0;
    for (Object value : values) {
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
            || m.getDeclaringClass() == Object.class) {
          continue;
        }
        // The generated implementations are package-private; call through the public accessor.
        m.setAccessible(true);
        Object result = m.invoke(value);
        if (result instanceof Collection || result instanceof Map || result instanceof Multimap) {
          assertRefusesChange(result, value.getClass().getSimpleName() + "." + m.getName());
          checked++;
        }
      }
    }
    // Plan has 6 collections, Section 2, Task 10, Target/Deadline/Unit none.
    assertThat(checked).isGreaterThan(200);
  }

  @SuppressWarnings("unchecked")
  private static void assertRefusesChange(Object collection, String where) {
    if (collection instanceof Collection) {
      Collection<Object> c = (Collection<Object>) collection;
      assertThatThrownBy(() -> c.add(new Object())).as(where).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(c::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
    } else if (collection instanceof Map) {
      Map<Object, Object> m = (Map<Object, Object>) collection;
      assertThatThrownBy(m::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
    } else {
      Multimap<Object, Object> m = (Multimap<Object, Object>) collection;
      assertThatThrownBy(m::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  @SuppressWarnings("deprecation")   // calling the deprecated mutators is the point: they must throw
  void answersAreImmutableToo() {
    ImmutableList<Task> list = plan.tasks().list();
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.tasks().groupByUnit().clear()).isInstanceOf(UnsupportedOperationException.class);
    Optional<Target> target = plan.task("(二)", "2").flatMap(t -> t.targets().stream().findFirst());
    assertThat(target).isPresent();
  }

  @Test
  void sectionsAndTasksCannotBeSubclassedOutsideTheLibrary() {
    for (Class<?> type : List.of(Plan.class, Section.class, Task.class, Deadline.class, Unit.class, Target.class)) {
      assertThat(java.util.Arrays.stream(type.getDeclaredConstructors()))
          .as(type.getSimpleName())
          .allSatisfy(c -> assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())).isFalse());
    }
  }
}
