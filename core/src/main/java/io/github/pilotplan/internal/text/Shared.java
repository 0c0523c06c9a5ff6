package io.github.pilotplan.internal.text;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.math.BigDecimal;

/**
 * One instance of each short string and each number the loader keeps in the model where the same
 * values come back from line to line and from plan to plan: headings (组织领导, 保障措施, 工作目标),
 * deadlines (2012年前, 到2010年底), the subjects, words and amounts of targets, a site's name. A
 * model in memory then holds each once, however many tasks and plans name it.
 *
 * <pre>{@code
 * String title = Shared.word(line.sub(0, stop).text());
 * }</pre>
 *
 * <p>The tables hold their values weakly: a value no plan holds any more goes with the next
 * collection, so they grow with the plans in memory, not with all the plans ever read. They are
 * safe to use from any thread.
 */
public final class Shared {

  /** Longer strings are sentences, which seldom come back: not worth a look-up. */
  static final int MAX_WORD_LENGTH = 32;

  private static final Interner<String> WORDS = Interners.newWeakInterner();
  /** Numbers equal only when alike in value and scale (80 and 80.0 are two). */
  private static final Interner<BigDecimal> NUMBERS = Interners.newWeakInterner();

  private Shared() {}

  /** The shared instance of {@code s} (equal to it), or {@code s} itself when it is long. */
  public static String word(String s) {
    return s.length() > MAX_WORD_LENGTH ? s : WORDS.intern(s);
  }

  /** The shared instance of {@code n} (equal to it: the same value and scale). */
  public static BigDecimal number(BigDecimal n) {
    return NUMBERS.intern(n);
  }
}
