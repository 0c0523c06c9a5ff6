package io.github.pilotplan.annotate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.text.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  /** The characters some name (full or short) starts with, sorted. */
  private static final char[] FIRST_CHAR_KEYS;

  /**
   * The names starting with {@code FIRST_CHAR_KEYS[k]}, longest first, at index {@code k}: an
   * array lookup instead of a multimap's boxing and hashing on the hot path.
   */
  private static final String[][] NAMES_BY_FIRST_CHAR;

  /**
   * Bit {@code c} is set when some name starts with the character {@code c}. Most characters of a
   * text start no name; this test answers for them without boxing or hashing.
   */
  private static final long[] FIRST_CHARS = new long[1 << 10];

  static {
    List<String> names = new ArrayList<>();
    for (Town t : Town.all()) {
      names.add(t.name());
      names.add(t.shortName());
    }
    names.sort((a, b) -> b.length() - a.length());
    ImmutableListMultimap.Builder<Character, String> b = ImmutableListMultimap.builder();
    for (String s : names) {
      char c = s.charAt(0);
      b.put(c, s);
      FIRST_CHARS[c >>> 6] |= 1L << c;
    }
    ImmutableListMultimap<Character, String> byFirstChar = b.build();
    FIRST_CHAR_KEYS = new char[byFirstChar.keySet().size()];
    int k = 0;
    for (char c : byFirstChar.keySet()) {
      FIRST_CHAR_KEYS[k++] = c;
    }
    Arrays.sort(FIRST_CHAR_KEYS);
    NAMES_BY_FIRST_CHAR = new String[FIRST_CHAR_KEYS.length][];
    for (int j = 0; j < FIRST_CHAR_KEYS.length; j++) {
      NAMES_BY_FIRST_CHAR[j] = byFirstChar.get(FIRST_CHAR_KEYS[j]).toArray(new String[0]);
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
    String t = region.text();
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
          found.add(Mention.of(Town.lookup(t.substring(m[0], m[1])).orElseThrow(), region.span(m[0], m[1])));
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
      Town town = Town.lookup(name).orElseThrow();
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
    return i;
  }

  private static String nameAt(String t, int i) {
    if (i >= t.length()) {
      return null;
    }
    char c = t.charAt(i);
    if ((FIRST_CHARS[c >>> 6] & (1L << c)) == 0) {
      return null;
    }
    for (String s : NAMES_BY_FIRST_CHAR[Arrays.binarySearch(FIRST_CHAR_KEYS, c)]) {
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
