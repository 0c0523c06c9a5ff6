/**
 * The {@code pilotplan} command-line tool ({@link io.github.pilotplan.examples.cli.PilotplanCli}),
 * built on the public API of pilotplan-core only.
 *
 * <pre>{@code
 * java -jar pilotplan.jar tasks --owner 财政局 --due 2011 --format json
 * java -jar pilotplan.jar calendar --owner 财政局 --out 财政局.ics
 * java -jar pilotplan.jar timeline --out timeline.svg
 * }</pre>
 *
 * <p>Each command parses its options with picocli, loads the plan through {@code PlanSource}, and
 * hands the answer to one renderer: {@code TaskTable}, {@code TaskJson}, {@code OutlineTable},
 * {@code OutlineJson}, {@code UnitTable}, {@code UnitJson}, {@code UnitCsv} or {@code
 * SummaryReport}, or to the public exports of {@link io.github.pilotplan.examples.export} (the
 * 任务分解表 as CSV or xlsx, the calendar, the timeline). Tables are aligned by {@code
 * DisplayWidth}, JSON is built with Jackson trees; {@code OutputFile} sends a document to stdout
 * or to {@code --out}.
 */
package io.github.pilotplan.examples.cli;
