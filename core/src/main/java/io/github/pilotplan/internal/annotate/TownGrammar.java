package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.CharClass;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.internal.text.Folded;
import io.github.pilotplan.internal.text.Region;
import java.util.ArrayList;
import java.util.List;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Town;

/**
 * Finds the towns a text names: full names anywhere (黄江镇, 莞城街道), and short names where the
 * text lists them as towns ("以黄江、厚街两镇为试点", "石龙、石碣等镇").
 *
 * <pre>{@code
 * TownGrammar.find(region);   // "以黄江、厚街两镇为试点" → [黄江镇, 厚街镇]
 * }</pre>
 *
 * <p>A short name alone is not enough (常平 also occurs in 正常平稳): it must be followed, alone or
 * in a list joined by 、, by 镇, 街道, 镇街, a count and 镇 (两镇, 3个镇) or 等.
 */
public final class TownGrammar {

  /**
   * For each character, 1 + the index in {@link #NAMES_BY_FIRST_CHAR} of the names starting with
   * it, or 0 when no name does. Most characters of a text start no name; one array read (64 KiB
   * in all) answers for them, and for the others finds the names, without boxing or hashing.
   */
  private static final byte[] FIRST_CHAR_INDEX = new byte[1 << 16];
  /** The characters a name starts with: a small table read before {@link #FIRST_CHAR_INDEX}. */
  private static final CharClass FIRST_CHARS;

  /**
   * The town of each name (full or short) that {@link #nameAt} can return: what {@link
   * Town#lookup} answers for it, as such a name is folded and trimmed already, without its copies.
   */
  private static final ImmutableMap<String, Town> TOWN_OF_NAME;

  /** Names (full and short) grouped by their first character, longest first within a group. */
  private static final String[][] NAMES_BY_FIRST_CHAR;
  /** The town of each name of {@link #NAMES_BY_FIRST_CHAR}, at the same indexes. */
  private static final Town[][] TOWNS_BY_FIRST_CHAR;
  /** Whether each name of {@link #NAMES_BY_FIRST_CHAR} is a full name (黄江镇), not a short one (黄江). */
  private static final boolean[][] FULL_BY_FIRST_CHAR;

  static {
    List<String> names = new ArrayList<>();
    ImmutableMap.Builder<String, Town> townOfName = ImmutableMap.builder();
    for (Town t : Town.all()) {
      names.add(t.name());
      names.add(t.shortName());
      townOfName.put(t.name(), Town.lookup(t.name()).orElseThrow());
      townOfName.put(t.shortName(), Town.lookup(t.shortName()).orElseThrow());
    }
    TOWN_OF_NAME = townOfName.buildOrThrow();
    for (Town t : Town.all()) {
      Preconditions.checkState(t.name().indexOf('镇') >= 0 || t.name().indexOf('街') >= 0,
          "mentions() assumes every full name contains 镇 or 街: %s", t.name());
    }
    names.sort((a, b) -> b.length() - a.length());
    ImmutableListMultimap.Builder<Character, String> b = ImmutableListMultimap.builder();
    for (String s : names) {
      b.put(s.charAt(0), s);
    }
    ImmutableListMultimap<Character, String> byFirstChar = b.build();
    StringBuilder firstChars = new StringBuilder();
    byFirstChar.keySet().forEach(firstChars::append);
    FIRST_CHARS = CharClass.of(firstChars);
    Preconditions.checkState(byFirstChar.keySet().size() < Byte.MAX_VALUE, "too many first characters");
    NAMES_BY_FIRST_CHAR = new String[byFirstChar.keySet().size()][];
    TOWNS_BY_FIRST_CHAR = new Town[byFirstChar.keySet().size()][];
    FULL_BY_FIRST_CHAR = new boolean[byFirstChar.keySet().size()][];
    int k = 0;
    for (char c : byFirstChar.keySet()) {
      NAMES_BY_FIRST_CHAR[k] = byFirstChar.get(c).toArray(new String[0]);
      TOWNS_BY_FIRST_CHAR[k] = new Town[NAMES_BY_FIRST_CHAR[k].length];
      FULL_BY_FIRST_CHAR[k] = new boolean[NAMES_BY_FIRST_CHAR[k].length];
      for (int j = 0; j < NAMES_BY_FIRST_CHAR[k].length; j++) {
        String name = NAMES_BY_FIRST_CHAR[k][j];
        TOWNS_BY_FIRST_CHAR[k][j] = TOWN_OF_NAME.get(name);
        FULL_BY_FIRST_CHAR[k][j] = name.equals(TOWN_OF_NAME.get(name).name());
      }
      FIRST_CHAR_INDEX[c] = (byte) (k + 1);
      k++;
    }
  }

  private TownGrammar() {}

  /** The finder of towns, for the {@link Annotator}. */
  public static final Finder FINDER =
      (statement, found) -> found.towns(mentions(statement.region(), statement.folded(),
          statement.folded().text() == statement.text() ? statement.candidates() : null));

  /** The towns {@code region} names, each once, in text order. */
  public static ImmutableList<Town> find(Region region) {
    return mentions(region).stream()
        .map(Mention::value)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** Every place {@code region} names a town, in text order, with the span of the name. */
  public static ImmutableList<Mention<Town>> mentions(Region region) {
    // Read without invisible format characters, so that 黄 U+200B 江镇 is 黄江镇; spans map back.
    return mentions(region, Folded.of(region), null);
  }

  /** As {@link #mentions(Region)}, visiting only the {@code candidates} of the folded text where given. */
  private static ImmutableList<Mention<Town>> mentions(Region region, Folded folded, Candidates candidates) {
    String t = folded.text();
    if (t.indexOf('镇') < 0 && t.indexOf('街') < 0 && t.indexOf('等') < 0) {
      // Fast path: a full name contains 镇 or 街 (checked when the class loads), and a list of short
      // names needs 镇, 街 or 等 after it (see hasTownSuffix), so a text with none of the three
      // names no town. indexOf is vectorized; the scan below is not.
      return ImmutableList.of();
    }
    List<Mention<Town>> found = null; // created on the first find: most statements name no town
    List<int[]> list = new ArrayList<>();
    if (candidates == null) {
      candidates = Candidates.of(t);
    }
    // A name starts only at a character that starts one: readAt reads nothing anywhere else.
    Candidates.Cursor at = candidates.cursor(Candidates.TOWN);
    int i = at.next(0);
    while (i >= 0) {
      int next = readAt(t, i, list);
      if (!list.isEmpty()) {
        if (found == null) {
          found = new ArrayList<>();
        }
        for (int k = 0; k < list.size(); k++) {
          int[] m = list.get(k);
          found.add(Mention.of(TOWNS_BY_FIRST_CHAR[m[2] >>> 16][m[2] & 0xFFFF],
              region.span(folded.regionIndex(m[0]), folded.regionEnd(m[1]))));
        }
        list.clear();
      }
      i = at.next(next > i ? next : i + 1);
    }
    return found == null ? ImmutableList.of() : ImmutableList.copyOf(found);
  }

  /**
   * Reads a full name or a list of short names at {@code i}, adding the {start, end, name} of each
   * name (see {@link #nameAt}) to {@code found} if they name towns; returns where reading stopped.
   */
  private static int readAt(String t, int i, List<int[]> found) {
    int first = nameAt(t, i);
    if (first < 0) {
      return i;
    }
    List<int[]> list = new ArrayList<>();
    int k = i;
    while (true) {
      int name = k == i ? first : nameAt(t, k);
      if (name < 0) {
        break;
      }
      int length = NAMES_BY_FIRST_CHAR[name >>> 16][name & 0xFFFF].length();
      list.add(new int[] {k, k + length, name});
      k += length;
      if (FULL_BY_FIRST_CHAR[name >>> 16][name & 0xFFFF]) {
        // a full name closes the list: "黄江、厚街镇" names both
        found.addAll(list);
        return k;
      }
      if (k < t.length() && t.charAt(k) == '、') {
        k++;
        continue;
      }
      break;
    }
    if (list.isEmpty()) {
      return i;
    }
    if (k > 0 && t.charAt(k - 1) == '、') {
      k--;
    }
    if (hasTownSuffix(t, k)) {
      found.addAll(list);
      return k;
    }
    // Not a list of towns. A list read from any later name in it ends at the same place without a
    // suffix too, so reading resumes at its last name: linear on "黄江、厚街、" repeated.
    return list.size() > 1 ? list.get(list.size() - 1)[0] : i;
  }

  /**
   * The longest name at {@code i}, as its group in {@link #NAMES_BY_FIRST_CHAR} (high 16 bits) and
   * its index there (low 16 bits); -1 when no name stands there.
   */
  /** The characters town names (full or short) start with. */
  static String firstChars() {
    return FIRST_CHARS.chars();
  }

  /** Whether a town's name (full or short) starts with {@code c}. */
  static boolean startsName(char c) {
    return FIRST_CHARS.contains(c);
  }

  private static int nameAt(String t, int i) {
    if (i >= t.length()) {
      return -1;
    }
    char c = t.charAt(i);
    if (!FIRST_CHARS.contains(c)) {
      return -1;
    }
    int k = FIRST_CHAR_INDEX[c];
    if (k == 0) {
      return -1;
    }
    String[] names = NAMES_BY_FIRST_CHAR[k - 1];
    for (int j = 0; j < names.length; j++) {
      if (t.startsWith(names[j], i)) {
        return (k - 1) << 16 | j;
      }
    }
    return -1;
  }

  private static boolean hasTownSuffix(String t, int k) {
    if (k >= t.length()) {
      return false;
    }
    if (t.charAt(k) == '等') {
      return true;
    }
    int j = k;
    while (j < t.length() && j - k < 3 && "两二三四五六七八九十0123456789个".indexOf(t.charAt(j)) >= 0) {
      j++;
    }
    return t.startsWith("镇", j) || t.startsWith("街道", j) || t.startsWith("街", j);
  }
}
