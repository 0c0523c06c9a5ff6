/**
 * pilotplan: a Chinese government pilot plan as an immutable, queryable model.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.github.pilotplan;
 * }
 *
 * Plan plan = PlanLoader.seed();
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * }</pre>
 *
 * <p>The module exports the user's vocabulary only: the facade ({@code io.github.pilotplan}), the
 * values a plan is made of ({@code .model}, {@code .document}), the questions ({@code .query}) and
 * the JSON mapping ({@code .json}). The readers and grammars live in {@code
 * io.github.pilotplan.internal.*}, which no other module can see. Guava's immutable collections
 * appear in the model's signatures, so a module that reads this one reads Guava too.
 *
 * <p>The value packages are open: Jackson (through {@link io.github.pilotplan.json.PilotplanModule})
 * reads and builds the package-private {@code Immutable…} classes Immutables generates there, and
 * it may sit on the module path or the class path, so the packages are opened to every module
 * rather than to {@code com.fasterxml.jackson.databind} by name. Jackson is optional: the {@code
 * requires static} clauses make it a compile-time dependency only.
 */
module io.github.pilotplan {
  requires transitive com.google.common;
  // Compile time only: Immutables' annotations and what its generated code is annotated with.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.guava;

  exports io.github.pilotplan;
  exports io.github.pilotplan.model;
  exports io.github.pilotplan.document;
  exports io.github.pilotplan.query;
  exports io.github.pilotplan.json;

  opens io.github.pilotplan;
  opens io.github.pilotplan.model;
  opens io.github.pilotplan.document;
}
