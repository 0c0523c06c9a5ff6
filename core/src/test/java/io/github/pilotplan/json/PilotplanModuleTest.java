package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.annotate.Deadline;
import io.github.pilotplan.annotate.Mention;
import io.github.pilotplan.annotate.Target;
import io.github.pilotplan.annotate.Town;
import io.github.pilotplan.annotate.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.SourcePage;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.outline.Label;
import io.github.pilotplan.text.Diagnostic;
import io.github.pilotplan.text.SourceSpan;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON comes from the module, not from annotations a consumer without Jackson would trip over. */
class PilotplanModuleTest {

  private static final List<Class<?>> VALUE_TYPES = List.of(Plan.class, SourcePage.class, Section.class,
      Task.class, SourceLine.class, Label.class, Unit.class, Town.class, Mention.class, Deadline.class,
      Target.class, SourceSpan.class, Diagnostic.class);

  @Test
  void theModelsTypesCarryNoJacksonAnnotation() {
    for (Class<?> type : VALUE_TYPES) {
      assertThat(Arrays.stream(type.getAnnotations()).map(Annotation::annotationType).map(Class::getName))
          .as("annotations of %s", type.getSimpleName())
          .noneMatch(name -> name.startsWith("com.fasterxml.jackson"));
    }
  }

  @Test
  void eachTypeMapsToTheImplementationBesideIt() {
    for (Class<?> type : VALUE_TYPES) {
      Class<?> implementation = PilotplanModule.implementation(type);
      assertThat(implementation.getPackageName()).isEqualTo(type.getPackageName());
      assertThat(implementation.getSimpleName()).isEqualTo("Immutable" + type.getSimpleName());
    }
  }

  @Test
  void readingAPlanTakesTheModule() throws Exception {
    Plan seed = PlanLoader.seed();
    ObjectMapper bare = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());
    String json = bare.writeValueAsString(seed);
    // Writing needs no module (the values are the generated classes); reading an abstract type does.
    assertThatThrownBy(() -> bare.readValue(json, Plan.class)).hasMessageContaining("abstract");
    ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(seed);
  }
}
