package io.github.pilotplan.internal.text;

import com.google.common.collect.Interner;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Each table keeps the first values it is asked for, up to a bound ({@link #table}): 16,384
 * words of at most 32 characters (under 2 MB at most) and 4,096 amounts, held for the JVM's life;
 * past the bound a new value is kept by its plan alone. The tables are safe to use from any thread.
 */
public final class Shared {

  /** Longer strings are sentences, which seldom come back: not worth a look-up. */
  static final int MAX_WORD_LENGTH = 32;

  private static final Interner<String> WORDS = table(1 << 14);
  /** Numbers equal only when alike in value and scale (80 and 80.0 are two). */
  private static final Interner<BigDecimal> NUMBERS = table(1 << 12);

  private Shared() {}

  /**
   * A table that shares up to {@code max} values: the first {@code max} distinct values asked for
   * are kept (strongly, for the JVM's life) and handed back for every equal value; past that, a new
   * value is handed back as it is. A look-up is one {@link ConcurrentHashMap#get}, cheaper than a
   * weak interner's (which also reads a reference and drains a queue), and a load pays one for
   * every heading, deadline and path.
   */
  public static <T> Interner<T> table(int max) {
    ConcurrentHashMap<T, T> map = new ConcurrentHashMap<>();
    return value -> {
      T shared = map.get(value);
      if (shared != null) {
        return shared;
      }
      if (map.size() >= max) {
        return value;
      }
      shared = map.putIfAbsent(value, value);
      return shared == null ? value : shared;
    };
  }

  /** The shared instance of {@code s} (equal to it), or {@code s} itself when it is long. */
  public static String word(String s) {
    return s.length() > MAX_WORD_LENGTH ? s : WORDS.intern(s);
  }

  /** The shared instance of {@code n} (equal to it: the same value and scale). */
  public static BigDecimal number(BigDecimal n) {
    return NUMBERS.intern(n);
  }
}
