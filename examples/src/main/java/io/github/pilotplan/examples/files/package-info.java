/**
 * Plans as they are distributed: HTML pages (jsoup), Word {@code .docx} files (Apache POI) and PDF
 * files (Apache PDFBox) read into the core's {@link io.github.pilotplan.document.Document} of
 * paragraphs and tables, the format told from the content. These readers live here, not in
 * {@code pilotplan-core}, so that an application that loads plain text pulls in none of them.
 *
 * <pre>{@code
 * Plan plan = PlanFiles.load(Path.of("page.html"));   // or .docx, .pdf, plain text
 * plan.tasks().ownedBy("市医保局").list();
 * }</pre>
 */
package io.github.pilotplan.examples.files;
