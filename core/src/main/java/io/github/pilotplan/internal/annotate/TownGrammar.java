package io.github.pilotplan.internal.annotate;

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

  /**
   * The town of each name (full or short) that {@link #nameAt} can return: what {@link
   * Town#lookup} answers for it, as such a name is folded and trimmed already, without its copies.
   */
  private static final ImmutableMap<String, Town> TOWN_OF_NAME;

  /** Names (full and short) grouped by their first character, longest first within a group. */
  private static final String[][] NAMES_BY_FIRST_CHAR;

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
    Preconditions.checkState(byFirstChar.keySet().size() < Byte.MAX_VALUE, "too many first characters");
    NAMES_BY_FIRST_CHAR = new String[byFirstChar.keySet().size()][];
    int k = 0;
    for (char c : byFirstChar.keySet()) {
      NAMES_BY_FIRST_CHAR[k] = byFirstChar.get(c).toArray(new String[0]);
      FIRST_CHAR_INDEX[c] = (byte) (k + 1);
      k++;
    }
  }

  private TownGrammar() {}

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
    Folded folded = Folded.of(region);
    String t = folded.text();
    if (t.indexOf('镇') < 0 && t.indexOf('街') < 0 && t.indexOf('等') < 0) {
      // Fast path: a full name contains 镇 or 街 (checked when the class loads), and a list of short
      // names needs 镇, 街 or 等 after it (see hasTownSuffix), so a text with none of the three
      // names no town. indexOf is vectorized; the scan below is not.
      return ImmutableList.of();
    }
    List<Mention<Town>> found = null; // created on the first find: most statements name no town
    List<int[]> list = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int next = readAt(t, i, list);
      if (!list.isEmpty()) {
        if (found == null) {
          found = new ArrayList<>();
        }
        for (int k = 0; k < list.size(); k++) {
          int[] m = list.get(k);
          found.add(Mention.of(TOWN_OF_NAME.get(t.substring(m[0], m[1])),
              region.span(folded.regionIndex(m[0]), folded.regionEnd(m[1]))));
        }
        list.clear();
      }
      i = next > i ? next : i + 1;
    }
    return found == null ? ImmutableList.of() : ImmutableList.copyOf(found);
  }

  /**
   * Reads a full name or a list of short names at {@code i}, adding the {start, end} of each name
   * to {@code found} if they name towns; returns where reading stopped.
   */
  private static int readAt(String t, int i, List<int[]> found) {
    String first = nameAt(t, i);
    if (first == null) {
      return i;
    }
    List<int[]> list = new ArrayList<>();
    int k = i;
    while (true) {
      String name = k == i ? first : nameAt(t, k);
      if (name == null) {
        break;
      }
      Town town = TOWN_OF_NAME.get(name);
      list.add(new int[] {k, k + name.length()});
      k += name.length();
      if (name.equals(town.name())) {
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

  private static String nameAt(String t, int i) {
    if (i >= t.length()) {
      return null;
    }
    char c = t.charAt(i);
    int k = FIRST_CHAR_INDEX[c];
    if (k == 0) {
      return null;
    }
    for (String s : NAMES_BY_FIRST_CHAR[k - 1]) {
      if (t.startsWith(s, i)) {
        return s;
      }
    }
    return null;
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
