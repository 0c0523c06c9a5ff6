/**
 * Stage three, internal: the grammars that find the annotations a statement carries — responsible
 * units, deadlines, recurrence, quantitative targets, documents to draft, the towns and places it
 * names — as the values of {@code io.github.pilotplan.model}.
 *
 * <pre>{@code
 * Deadlines.parse("2010年底前").dueYear();       // OptionalInt[2010]
 * Unit.of("东莞市财政局").name();                // "市财政局"
 * Town.lookup("黄江").map(Town::name);           // Optional[黄江镇]
 * }</pre>
 *
 * <p>Positions ({@code source()}) are provenance: they never take part in equality, so the same
 * deadline written in two places, or in two copies of a plan, is the same value.
 *
 * <h2>The annotation machinery</h2>
 *
 * <p>An {@link io.github.pilotplan.internal.annotate.Annotator} turns each statement into one {@link
 * io.github.pilotplan.internal.annotate.Annotations} value by running the {@link
 * io.github.pilotplan.internal.annotate.Finder}s of {@code Annotator.FINDERS} in their declared order; each
 * grammar offers one finder ({@code DeadlineGrammar.FINDER} …), and a finder may read what the
 * finders before it found (targets take the deadlines). The finders share what a statement gives
 * them once ({@link io.github.pilotplan.internal.annotate.Statement}: its cleaned text, its folded text,
 * the positions of the characters each finder looks for), and the bracket sets and character
 * tests of the text layer ({@code Brackets}, {@code Chars}, {@code CharClass}). The assembler
 * keeps only the outline's tree and the rule by which a task inherits what it does not state.
 *
 * <p><b>Adding an annotation</b> is one finder, one field and one line. Say a plan's funding
 * ("安排专项经费500万元") should become {@code Funding} values:
 *
 * <pre>{@code
 * // 1. The finder: a grammar with its find method and a FINDER of the one form.
 * public final class FundingGrammar {
 *   public static final Finder FINDER =
 *       (statement, found) -> found.funding(find(statement.region()));
 *
 *   public static ImmutableList<Funding> find(Region statement) { … }
 * }
 *
 * // 2. The field, in Annotations and its Builder (empty unless the finder sets it).
 * private final ImmutableList<Funding> funding;
 * public ImmutableList<Funding> funding() { return funding; }
 * // Builder: private ImmutableList<Funding> funding = ImmutableList.of();
 * //          public Builder funding(ImmutableList<Funding> f) { this.funding = f; return this; }
 *
 * // 3. The line in Annotator.FINDERS, after the finders whose fields it reads.
 * static final ImmutableList<Finder> FINDERS = ImmutableList.of(
 *     UnitAnnotationGrammar.FINDER,
 *     DeadlineGrammar.FINDER,
 *     TargetGrammar.FINDER,
 *     FundingGrammar.FINDER,        // ← new
 *     …);
 * }</pre>
 *
 * <p>The task then carries {@code annotations.funding()} like the other fields (a {@code Task}
 * attribute filled where the assembler joins a task's statements). A finder that cannot read
 * something reports it with {@code found.report(diagnostic)}: it reaches {@code Plan.diagnostics()}
 * in text order. A finder that needs a character to find anything should look where {@code
 * Candidates} says that character stands, or test for it first: most statements hold none.
 */
@PilotplanStyle
package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.style.PilotplanStyle;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
