/**
 * pilotplan: a Chinese government pilot plan as an immutable, queryable model.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * }</pre>
 *
 * <p>The packages follow the data flow: {@code text} (decoding, cleaning, positions) →
 * {@code outline} (numbered headings and the lines under them) → {@code annotate} (units,
 * deadlines, targets, towns, documents) → {@code model} (sections and tasks) → {@code query}.
 * This package ties them together: {@link io.github.pilotplan.PlanLoader} reads text into a
 * {@link io.github.pilotplan.Plan}.
 */
@PilotplanStyle
package io.github.pilotplan;

import io.github.pilotplan.internal.style.PilotplanStyle;
