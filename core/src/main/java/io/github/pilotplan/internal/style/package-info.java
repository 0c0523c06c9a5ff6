/**
 * The build-time annotations every value package shares: {@link
 * io.github.pilotplan.internal.style.PilotplanStyle} (the Immutables style, on each value
 * package's {@code package-info}) and {@link io.github.pilotplan.internal.style.PilotplanJson}
 * (Jackson creators for a value, source retention). Nothing here runs: the annotation processor
 * reads them while the core is built.
 *
 * <pre>{@code
 * @PilotplanStyle
 * package io.github.pilotplan.model;
 * }</pre>
 */
package io.github.pilotplan.internal.style;
