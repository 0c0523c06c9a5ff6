/**
 * Stage four: the model — the outline's {@link io.github.pilotplan.model.Section}s and the
 * {@link io.github.pilotplan.model.Task}s with their units, deadlines, targets and towns, and the
 * facts of the source page. Every type is immutable, built by Immutables, with no nulls (absent
 * values are {@code Optional}).
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
