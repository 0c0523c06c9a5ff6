/**
 * Exports a program can call: the tasks of a plan as the 任务分解表 (CSV or an Excel workbook),
 * as an iCalendar file of to-dos, and as an SVG timeline. Each takes a query or a list of tasks
 * (a {@link io.github.pilotplan.query.TaskQuery} is an {@code Iterable<Task>}) and a stream; the
 * {@code pilotplan} command line uses them too.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * TaskQuery due = plan.tasks().where("owned by 市财政局 due 2011");
 * try (OutputStream out = Files.newOutputStream(Path.of("任务分解表.xlsx"))) {
 *   TaskSheet.writeXlsx(due, out);
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("财政局.ics"))) {
 *   TaskCalendar.write(plan, due, Instant.now(), out);
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("timeline.svg"))) {
 *   TaskTimeline.write(plan, plan.tasks(), out);
 * }
 * }</pre>
 *
 * <p>Every string the exports write comes from the plan's text: XML and iCalendar forbid most
 * control characters, so the calendar and the timeline replace them (see {@link
 * io.github.pilotplan.examples.export.TaskTimeline} and {@link
 * io.github.pilotplan.examples.export.TaskCalendar}).
 */
package io.github.pilotplan.examples.export;
