/**
 * Stage zero, for documents that are more than text: a document as a list of {@linkplain Block
 * blocks} — {@linkplain Paragraph paragraph lines} and {@linkplain Table tables} of rows and
 * cells (with their row and column spans) — as an HTML page, a Word file or a PDF gives it.
 * Readers of those formats (in {@code pilotplan-examples}, so that the core needs nothing but
 * Guava) build a {@link Document}; {@link io.github.pilotplan.PlanLoader#load(Document)} loads it.
 *
 * <pre>{@code
 * Document doc = Document.of(
 *     Paragraph.of("二、主要任务"),
 *     Table.of(
 *         Row.of("序号", "工作事项", "牵头单位", "配合单位"),
 *         Row.of("1", "有序扩大家庭医生来源", "市卫生健康委", "市医保局")));
 * Plan plan = PlanLoader.standard().load(doc);
 * plan.tasks().ownedBy("市医保局").count();   // 1
 * }</pre>
 *
 * <p>Every value is immutable and safe to share between threads.
 */
@PilotplanStyle
package io.github.pilotplan.document;

import io.github.pilotplan.internal.style.PilotplanStyle;
