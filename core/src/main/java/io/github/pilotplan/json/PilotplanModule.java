package io.github.pilotplan.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Plan;
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

/**
 * Jackson support for the whole model: a plan writes to JSON and reads back as an equal plan, its
 * provenance included.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
 * String json = mapper.writeValueAsString(plan);
 * Plan back = mapper.readValue(json, Plan.class);   // back.equals(plan)
 * }</pre>
 *
 * <p>The model's types carry no Jackson annotation, so an application without Jackson compiles
 * against them cleanly; this module tells Jackson, for each abstract value type, the
 * implementation Immutables generated (with its JSON creator), and keeps derived values such as
 * {@code Label.text()} out of reading. It registers Jackson's modules for {@code Optional} and for
 * Guava's collections too. It needs {@code jackson-databind}, {@code jackson-datatype-jdk8} and
 * {@code jackson-datatype-guava} on the class path, which the application brings: for the core
 * they are optional.
 */
public final class PilotplanModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Every value type of the model that JSON holds. */
  private static final ImmutableList<Class<?>> VALUE_TYPES = ImmutableList.of(Plan.class, SourcePage.class,
      Section.class, Task.class, SourceLine.class, Label.class, Unit.class, Town.class, Mention.class,
      Deadline.class, Target.class, SourceSpan.class, Diagnostic.class);

  /** The module, with a mapping for each value type of the model. */
  public PilotplanModule() {
    super("pilotplan");
    for (Class<?> type : VALUE_TYPES) {
      map(type);
    }
    setMixInAnnotation(Label.class, LabelMixIn.class);
  }

  /**
   * Jackson's modules for {@code Optional}, {@code OptionalInt} and Guava's immutable collections.
   *
   * @return the jdk8 and Guava datatype modules, which Jackson registers before this one
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return ImmutableList.of(new Jdk8Module(), new GuavaModule());
  }

  private <T> void map(Class<T> type) {
    addAbstractTypeMapping(type, implementation(type));
  }

  /** The implementation Immutables generates for {@code type}: {@code ImmutableX} beside it. */
  static <T> Class<? extends T> implementation(Class<T> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      return Class.forName(name, false, type.getClassLoader()).asSubclass(type);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated implementation " + name + " of " + type.getName(), e);
    }
  }

  /** {@code Label.text()} is derived from level and ordinal: written for readers, ignored when read. */
  @JsonIgnoreProperties(value = "text", allowGetters = true)
  private abstract static class LabelMixIn {}
}
