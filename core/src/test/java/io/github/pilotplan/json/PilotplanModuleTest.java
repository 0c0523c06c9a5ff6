package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSON comes from the module, not from annotations a consumer without Jackson would trip over. */
class PilotplanModuleTest {

  /** Every top-level class the core compiled, by name. */
  private static List<String> coreClasses() throws IOException {
    Path classes = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    try (Stream<Path> files = Files.walk(classes)) {
      return files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class") && !f.endsWith("module-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  @Test
  void noTypeOfTheCoreCarriesAJacksonDatabindAnnotation() throws Exception {
    List<String> names = coreClasses();
    assertThat(names).contains("io.github.pilotplan.Plan", "io.github.pilotplan.model.Task");
    for (String name : names) {
      Class<?> type = Class.forName(name, false, Plan.class.getClassLoader());
      if (type.getPackageName().equals("io.github.pilotplan.json") || type == PilotplanJson.class) {
        continue; // the module, which only an application with Jackson loads, and the build-time marker
      }
      assertThat(Arrays.stream(type.getAnnotations()).map(Annotation::annotationType).map(Class::getName))
          .as("annotations of %s (use @PilotplanJson, not @JsonSerialize/@JsonDeserialize)", name)
          .noneMatch(a -> a.startsWith("com.fasterxml.jackson.databind"));
    }
  }

  @Test
  void everyGeneratedImplementationIsFoundFromItsType() throws Exception {
    int found = 0;
    for (String name : coreClasses()) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (!simple.startsWith("Immutable")) {
        continue;
      }
      Class<?> implementation = Class.forName(name, false, Plan.class.getClassLoader());
      Class<?> type = implementation.getSuperclass();
      if (type == Object.class) {
        type = implementation.getInterfaces()[0];
      }
      assertThat(PilotplanModule.implementation(type)).as("implementation of %s", type).contains(implementation);
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(13);
    assertThat(PilotplanModule.implementation(String.class)).isEmpty();
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
    Task task = seed.allTasks().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(task), Task.class)).isEqualTo(task);
  }
}
