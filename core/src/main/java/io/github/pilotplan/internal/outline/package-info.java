/**
 * Stage two, internal: the outline. {@link io.github.pilotplan.internal.outline.PageFurniture} sets
 * aside what a site puts around the document (banner, pagination, trailer); {@link
 * io.github.pilotplan.internal.outline.OutlineReader} builds the outline from the rest. Recognizes the numbering of plan headings (第一章 · 第一节 · 第一条 · 第一款 ·
 * 一、 · (一) · 1、 · (1) · 1) · ①), checks that it runs in sequence, and tells each line of a page what it is: site boilerplate, document metadata, a heading or a
 * statement.
 *
 * <pre>{@code
 * Label label = LabelGrammar.parse("（一）深化社区建设").orElseThrow();
 * label.level();     // Level.SECTION
 * label.ordinal();   // 1
 * label.text();      // "(一)"
 * }</pre>
 */
@PilotplanStyle
package io.github.pilotplan.internal.outline;

import io.github.pilotplan.internal.style.PilotplanStyle;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
