/**
 * Stage five: questions about the model. {@link io.github.pilotplan.query.TaskQuery} narrows the
 * tasks of a plan step by step, or reads a question written in its query language ({@link
 * io.github.pilotplan.query.TaskQuery#where}), and answers with immutable lists, groupings and
 * counts; a query that cannot be read throws {@link io.github.pilotplan.query.QueryParseException}.
 *
 * <pre>{@code
 * plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * plan.tasks().where("owned by 市财政局 due 2011").list();   // the same
 * plan.tasks().overdueOn(LocalDate.of(2011, 1, 1)).list();
 * plan.tasks().under("(二)").orderedByDeadline().list();
 * plan.tasks().groupByUnit();   // the 任务分解表
 * }</pre>
 */
package io.github.pilotplan.query;
