package io.github.pilotplan.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Label;
import java.lang.reflect.Modifier;
import java.util.Optional;

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
 * against them cleanly; this module tells Jackson, for each abstract value type of pilotplan, the
 * implementation Immutables generated beside it (with its JSON creator), and keeps derived values
 * such as {@code Label.text()} out of reading. It registers Jackson's modules for {@code Optional}
 * and for Guava's collections too. It needs {@code jackson-databind}, {@code jackson-datatype-jdk8}
 * and {@code jackson-datatype-guava} on the class path, which the application brings: for the core
 * they are optional.
 */
public final class PilotplanModule extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final String PACKAGE = "io.github.pilotplan.";

  /** The module. */
  public PilotplanModule() {
    super("pilotplan");
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

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addAbstractTypeResolver(new ImplementationResolver());
  }

  /**
   * The implementation Immutables generates for an abstract value type of pilotplan: {@code
   * ImmutableX} beside {@code X}; empty for any other type.
   */
  static Optional<Class<?>> implementation(Class<?> type) {
    if (!type.getName().startsWith(PACKAGE) || !Modifier.isAbstract(type.getModifiers())
        || type.getEnclosingClass() != null) {
      return Optional.empty();
    }
    try {
      Class<?> found = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
      return type.isAssignableFrom(found) ? Optional.of(found) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Maps each abstract value type to its generated implementation, generic parameters kept. */
  private static final class ImplementationResolver extends AbstractTypeResolver {
    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      return implementation(type.getRawClass())
          .map(impl -> config.getTypeFactory().constructSpecializedType(type, impl))
          .orElse(null);
    }
  }

  /** {@code Label.text()} is derived from level and ordinal: written for readers, ignored when read. */
  @JsonIgnoreProperties(value = "text", allowGetters = true)
  private abstract static class LabelMixIn {}
}
