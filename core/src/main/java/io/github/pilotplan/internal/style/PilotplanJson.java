package io.github.pilotplan.internal.style;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type of the model for Immutables' Jackson support, at build time only.
 *
 * <pre>{@code
 * @Value.Immutable
 * @PilotplanJson
 * public abstract class Unit { … }
 * }</pre>
 *
 * <p>Immutables sees Jackson's {@code @JsonSerialize} on this annotation and generates the JSON
 * creators of the value; the annotation has source retention, so the compiled model carries no
 * annotation of {@code jackson-databind} and an application without Jackson compiles against it
 * without a warning. Which implementation reads each type is said at run time by {@code
 * io.github.pilotplan.json.PilotplanModule}.
 */
@JsonSerialize
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface PilotplanJson {}
