package io.github.pilotplan.internal.outline;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * One instance of each short string the loader keeps in the model where the same words come back
 * from line to line and from plan to plan: headings (组织领导, 保障措施, 工作目标), deadlines
 * (2012年前, 到2010年底), the subjects and words of targets. A model in memory then holds each
 * such string once, however many tasks and plans name it.
 *
 * <pre>{@code
 * String title = SharedWords.of(line.sub(0, stop).text());
 * }</pre>
 *
 * <p>The table holds its strings weakly: a string no plan holds any more goes with the next
 * collection, so it grows with the words of the plans in memory, not with all the plans ever read.
 * It is safe to use from any thread.
 */
public final class SharedWords {

  /** Longer strings are sentences, which seldom come back: not worth a look-up. */
  static final int MAX_LENGTH = 32;

  private static final Interner<String> WORDS = Interners.newWeakInterner();

  private SharedWords() {}

  /** The shared instance of {@code s} (equal to it), or {@code s} itself when it is long. */
  public static String of(String s) {
    return s.length() > MAX_LENGTH ? s : WORDS.intern(s);
  }
}
