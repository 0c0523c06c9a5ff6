package io.github.pilotplan.model;

import org.immutables.value.Value;
import io.github.pilotplan.internal.style.PilotplanJson;

/**
 * A remark of the loader about a place in the text it could not use as it stands, such as a
 * paragraph that belongs to no numbered item.
 *
 * <pre>{@code
 * for (Diagnostic d : plan.diagnostics()) {
 *   System.err.println(d);   // "5:3: paragraph before the first numbered heading: …"
 * }
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Diagnostic {

  Diagnostic() {}

  /** Where the remark applies. */
  @Value.Parameter
  public abstract SourceSpan span();

  /** What is wrong, in one sentence without position. */
  @Value.Parameter
  public abstract String message();

  /** A diagnostic at {@code span}. */
  public static Diagnostic of(SourceSpan span, String message) {
    return ImmutableDiagnostic.of(span, message);
  }

  /** {@code line:column: message}. */
  @Override
  public final String toString() {
    return span() + ": " + message();
  }
}
