/**
 * Stage three: the annotations a statement carries — responsible units, deadlines, recurrence,
 * quantitative targets, documents to draft, and the towns it names — each a value with a grammar
 * that finds it in text.
 *
 * <pre>{@code
 * Deadline.parse("2010年底前").dueYear();       // OptionalInt[2010]
 * Unit.of("东莞市财政局").name();                // "市财政局"
 * Town.lookup("黄江").map(Town::name);           // Optional[黄江镇]
 * }</pre>
 *
 * <p>Positions ({@code source()}) are provenance: they never take part in equality, so the same
 * deadline written in two places, or in two copies of a plan, is the same value.
 */
@PilotplanStyle
package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.style.PilotplanStyle;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
