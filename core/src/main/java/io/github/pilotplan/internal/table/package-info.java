/**
 * Tables as tasks: where a table stands in the plan text ({@link TableLayout}, from tab-separated
 * lines by {@link TsvTables} or from a {@link io.github.pilotplan.document.Document} by {@link
 * DocumentLayout}), what its header names ({@link ColumnKind}), and the task rows a task table
 * (任务分工表) gives ({@link TaskTableReader}).
 *
 * <pre>{@code
 * SourceText text = SourceText.of("序号\t工作事项\t牵头单位\t配合单位\n1\t有序扩大家庭医生来源\t市卫生健康委\t市医保局\n");
 * TableLayout layout = TsvTables.find(text).get(0);
 * TaskTable table = TaskTableReader.read(layout).orElseThrow();
 * table.rows().get(0).leadRegions();   // the cell 市卫生健康委
 * }</pre>
 */
@PilotplanStyle
package io.github.pilotplan.internal.table;

import io.github.pilotplan.internal.style.PilotplanStyle;
