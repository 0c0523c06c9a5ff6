/**
 * The model: every value a plan holds — the outline's {@link io.github.pilotplan.model.Section}s
 * and their {@link io.github.pilotplan.model.Label}s, the {@link io.github.pilotplan.model.Task}s
 * with their {@link io.github.pilotplan.model.Unit}s, {@link io.github.pilotplan.model.Deadline}s,
 * {@link io.github.pilotplan.model.Target}s, {@link io.github.pilotplan.model.Town}s and {@link
 * io.github.pilotplan.model.Place}s, the {@link io.github.pilotplan.model.SourceSpan}s that lead
 * back to the text, the {@link io.github.pilotplan.model.Diagnostic}s and the facts of the source
 * page. Every type is immutable, built by Immutables, with no nulls (absent values are {@code
 * Optional}). The package imports none of the loader's machinery: it holds the vocabulary the
 * values need ({@link io.github.pilotplan.model.Folding}, the form model strings are in; {@link
 * io.github.pilotplan.model.UnitNaming}, how units are named), and the facade reads values from
 * text ({@code Deadlines.parse}, {@code Labels.of}, {@code Places.lookup}).
 *
 * <pre>{@code
 * Task task = plan.tasks().under("(一)", "6", "(1)").first().orElseThrow();
 * task.pathText();              // "(一) › 6 › (1)"
 * task.effectiveUnits();        // [市民政局, 市人事局, 市机编办, 市财政局], inherited from (一)6
 * task.effectiveDeadlines();    // [2011年前 (BEFORE –2011)]
 * }</pre>
 *
 * <p>Source positions are provenance: they never take part in equality.
 */
@PilotplanStyle
package io.github.pilotplan.model;

import io.github.pilotplan.internal.style.PilotplanStyle;
