/**
 * Synthetic plans of the genre for corpus-scale work: {@link
 * io.github.pilotplan.examples.bench.SyntheticPlans} writes deterministic pages that the
 * benchmarks (profile {@code bench}, sources in {@code src/jmh/java}) load and query, and that the
 * tests use to check indexed queries against a plain filter.
 *
 * <pre>{@code
 * Corpus corpus = SyntheticPlans.corpus(1, 100_000);
 * corpus.tasks().ownedBy("市财政局").dueIn(2011).count();
 * }</pre>
 */
package io.github.pilotplan.examples.bench;
