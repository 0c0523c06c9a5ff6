package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.Brackets;
import io.github.pilotplan.internal.text.CharClass;
import io.github.pilotplan.internal.text.Region;

/**
 * Where in a statement each finder may find something, read in one pass for all of them: the
 * positions of the characters a finder's forms start or end with (digits and Chinese numerals
 * for targets, digits, quoting brackets and a few words' characters for deadlines, the first
 * characters of town names, the level words of places). A finder visits those positions only,
 * instead of testing every character of the statement itself.
 *
 * <pre>{@code
 * Candidates c = Candidates.of("到2010年,全市80%以上的城市社区");
 * Candidates.Cursor digits = c.cursor(Candidates.DIGIT);
 * digits.next(0);    // 1: the 2 of 2010
 * digits.next(5);    // 10: the 8 of 80
 * }</pre>
 *
 * <p>Each finder's own test is unchanged: a position a finder does not visit is one at which its
 * scan would have moved on at once, so the candidates never change what it finds.
 */
final class Candidates {

  /** An ASCII digit. */
  static final int DIGIT = 1;
  /** A Chinese numeral character (一, 十, 万, 两 …). */
  static final int NUMERAL = 1 << 1;
  /** A bracket of {@link Brackets#TITLE}. */
  static final int TITLE = 1 << 2;
  /** A bracket of {@link Brackets#QUOTING}. */
  static final int QUOTING = 1 << 3;
  /** A character a deadline word starts or ends with (次年, 每年, 长期, 5年内 …). */
  static final int DEADLINE_WORD = 1 << 4;
  /** The first character of a town's name. */
  static final int TOWN = 1 << 5;
  /** The last character of a place's level word (省 市 区 县 …). */
  static final int LEVEL = 1 << 6;

  /** The characters with any flag: one small table rejects the others. */
  private static final CharClass ANY;
  /** The flags of each character of {@link #ANY}. */
  private static final byte[] FLAGS = new byte[1 << 16];

  static {
    StringBuilder any = new StringBuilder();
    // Only the characters some flag can hold are visited (not all 65,536: this runs when a
    // one-shot command starts): each flag's own test decides, as it does in the scans.
    String mayHold = "0123456789" + Numerals.CHINESE_CHARS + Brackets.TITLE.chars()
        + Brackets.QUOTING.chars() + DeadlineGrammar.TRIGGER_CHARS + TownGrammar.firstChars()
        + PlaceGrammar.LEVEL_END_CHARS;
    for (int i = 0; i < mayHold.length(); i++) {
      char c = mayHold.charAt(i);
      if (c >= '0' && c <= '9') {
        flag(c, DIGIT, any);
      }
      if (Numerals.isChinese(c)) {
        flag(c, NUMERAL, any);
      }
      if (Brackets.TITLE.opens(c) || Brackets.TITLE.closes(c)) {
        flag(c, TITLE, any);
      }
      if (Brackets.QUOTING.opens(c) || Brackets.QUOTING.closes(c)) {
        flag(c, QUOTING, any);
      }
      if (DeadlineGrammar.TRIGGER_CHARS.indexOf(c) >= 0) {
        flag(c, DEADLINE_WORD, any);
      }
      if (TownGrammar.startsName(c)) {
        flag(c, TOWN, any);
      }
      if (PlaceGrammar.LEVEL_END_CHARS.indexOf(c) >= 0) {
        flag(c, LEVEL, any);
      }
    }
    ANY = CharClass.of(any);
  }

  private static void flag(char c, int flag, StringBuilder any) {
    if (FLAGS[c] == 0) {
      any.append(c);
    }
    FLAGS[c] |= (byte) flag;
  }

  private final int[] positions;
  private final byte[] flags;
  private final int count;

  private Candidates(int[] positions, byte[] flags, int count) {
    this.positions = positions;
    this.flags = flags;
    this.count = count;
  }

  /** The candidates of {@code text}, in one pass. */
  static Candidates of(String text) {
    return of(text.toCharArray(), 0, text.length());
  }

  /** The candidates of {@code region}, positions counted from its start, in one pass. */
  static Candidates of(Region region) {
    return of(region.source().cleanedChars(), region.start(), region.end());
  }

  /** The candidates of {@code chars[from, to)}, positions counted from {@code from}. */
  private static Candidates of(char[] chars, int from, int to) {
    int n = to - from;
    int[] positions = new int[Math.min(n, 16)];
    byte[] flags = new byte[positions.length];
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (!ANY.contains(c)) {
        continue;
      }
      if (count == positions.length) {
        positions = java.util.Arrays.copyOf(positions, Math.max(16, count * 2));
        flags = java.util.Arrays.copyOf(flags, positions.length);
      }
      positions[count] = i - from;
      flags[count++] = FLAGS[c];
    }
    return new Candidates(positions, flags, count);
  }

  /** A cursor over the positions with any of {@code mask}'s flags, in text order. */
  Cursor cursor(int mask) {
    return new Cursor(mask);
  }

  /** Walks the positions of some flags forward. */
  final class Cursor {
    private final int mask;
    private int k;

    private Cursor(int mask) {
      this.mask = mask;
    }

    /**
     * The first position at or after {@code from} with one of the cursor's flags, or -1. Calls
     * must not ask for an earlier {@code from} than the call before: the walk is linear.
     */
    int next(int from) {
      while (k < count && (positions[k] < from || (flags[k] & mask) == 0)) {
        k++;
      }
      return k < count ? positions[k] : -1;
    }
  }
}
