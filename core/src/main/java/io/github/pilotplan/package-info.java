/**
 * pilotplan: a Chinese government pilot plan as an immutable, queryable model.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * }</pre>
 *
 * <p>The exported packages are the user's vocabulary: this facade ({@link
 * io.github.pilotplan.PlanLoader} reads text into a {@link io.github.pilotplan.Plan}; {@link
 * io.github.pilotplan.PlanWriter}, {@link io.github.pilotplan.Corpus}; {@link
 * io.github.pilotplan.Deadlines}, {@link io.github.pilotplan.Labels} and {@link
 * io.github.pilotplan.Places} read single values from text as the loader does), {@code model} (every value
 * a plan holds: sections, tasks, units, deadlines, targets, towns, labels, source spans,
 * diagnostics), {@code document} (paragraphs and tables from other file formats), {@code query}
 * and {@code json}. The readers and grammars live in {@code io.github.pilotplan.internal.*}
 * (text → outline → annotate → table → assemble), which the module does not export.
 *
 * <p>One exception family. Text that cannot be read throws a {@link
 * io.github.pilotplan.PlanParseException} (unchecked, as the text is the caller's argument), which
 * carries the text, the index and its line and column: a {@link
 * io.github.pilotplan.TextParseException} for a value's text ({@code Deadlines.parse}, {@code
 * Labels.of}), a {@link io.github.pilotplan.PlanFormatException} for a plan a strict loader refuses,
 * a {@link io.github.pilotplan.query.QueryParseException} for a query. Bytes that cannot be read
 * at all throw a checked {@link java.io.IOException}: {@link
 * io.github.pilotplan.UndecodableInputException} (neither UTF-8, UTF-16 nor GB18030, with the
 * byte's offset) or {@link io.github.pilotplan.InputTooLargeException} (over the loader's cap).
 */
@PilotplanStyle
package io.github.pilotplan;

import io.github.pilotplan.internal.style.PilotplanStyle;
