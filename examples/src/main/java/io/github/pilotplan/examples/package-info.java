/**
 * Runnable examples of the pilotplan API, each a {@code main} short enough to paste into an
 * application: {@link io.github.pilotplan.examples.HeadlineQuery}, {@link
 * io.github.pilotplan.examples.TaskBreakdown}, {@link io.github.pilotplan.examples.DeadlinesByYear}
 * and {@link io.github.pilotplan.examples.TownsInPlan}.
 *
 * <p>The examples print with {@code System.out}; on Java 17 give the JVM
 * {@code -Dfile.encoding=UTF-8} (or run in a UTF-8 locale) so that Chinese prints as itself. The
 * command-line tool in {@link io.github.pilotplan.examples.cli} always writes UTF-8.
 */
package io.github.pilotplan.examples;
