/**
 * Stage five: questions about the model. {@link io.github.pilotplan.query.TaskQuery} narrows the
 * tasks of a plan step by step and answers with immutable lists and groupings.
 *
 * <pre>{@code
 * plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * plan.tasks().under("(二)").orderedByDeadline().list();
 * plan.tasks().groupByUnit();   // the 任务分解表
 * }</pre>
 */
package io.github.pilotplan.query;
