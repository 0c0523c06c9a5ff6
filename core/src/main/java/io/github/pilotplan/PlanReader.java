package io.github.pilotplan;

import java.io.IOException;

/**
 * How a sweep turns one source (a file, a text, a row of a database) into a plan, with the
 * sweep's loader. {@link PlanLoader#forEach} calls it from several threads at once: it must be
 * safe to call concurrently (a method reference to a static method or to the loader is).
 *
 * <pre>{@code
 * PlanReader<Path> text = (file, loader) -> loader.load(file);
 * PlanReader<Path> anyFormat = PlanFiles::load;   // pilotplan-examples: HTML, Word, PDF too
 * }</pre>
 *
 * @param <S> what a plan is read from
 */
@FunctionalInterface
public interface PlanReader<S> {

  /**
   * The plan in {@code source}, read with {@code loader}.
   *
   * @throws IOException if the source cannot be read; the sweep records it and goes on
   */
  Plan read(S source, PlanLoader loader) throws IOException;
}
