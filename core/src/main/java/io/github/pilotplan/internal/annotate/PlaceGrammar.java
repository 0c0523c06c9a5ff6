package io.github.pilotplan.internal.annotate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Place;

/**
 * Finds the places of the {@link Gazetteer} a text names: full names anywhere (天河区, 东莞市,
 * 黄江镇), short forms only where the text makes them places — a list closed by a full name
 * ({@code 黄江、厚街镇}) or by a level word after a count or 等 ({@code 以黄江、厚街两镇为试点},
 * {@code 天河、越秀等区}).
 *
 * <pre>{@code
 * PlaceGrammar.find(region);   // "选择广州开发区、天河区作为我市人才特区试点区域" → [天河区]
 * }</pre>
 *
 * <p>A name that several divisions share (城关镇, 新城区, 长安镇) is taken for the one inside the
 * plan's own places (those its title, issuer and preamble name), and else only when it is the only
 * one of its name; otherwise {@link #resolve} reports it as a diagnostic and takes none. 广州 in
 * 广州开发区 is not a place: a short form alone is a word, not a name.
 *
 * <p>Names are found from their last character backward (a level word: 省 市 区 县 旗 州 盟 镇 乡 道
 * 木), by hashing the characters before it, at most {@link #MAX_NAME} of them and never back past
 * the last name found: the scan is linear in the text.
 */
public final class PlaceGrammar {

  /** The longest full name matched in text, in characters. */
  static final int MAX_NAME = 16;
  /** The longest short form matched in a list. */
  private static final int MAX_SHORT = 10;
  private static final long P = 1_000_003L;

  private static final boolean[] LEVEL_END = new boolean[1 << 16];
  /** The last characters of the level words. */
  static final String LEVEL_END_CHARS = "省市区县旗州盟镇乡道木";

  /**
   * Full names that plans use as common words more often than as names: 老城区 (the old town, and
   * a district of Luoyang), 新城区, 城关区 …. Found on the real-document corpus; such a name is taken
   * only inside the plan's own places (城关区 in a plan of 拉萨市), and is else a word.
   */
  private static final java.util.Set<String> WORDS = java.util.Set.of(
      "老城区", "新城区", "市中区", "城中区", "城东区", "城西区", "城南区", "城北区", "城关区", "开发区",
      "高新区", "新市区", "中心区", "新城镇", "东城区", "西城区", "南城区", "北城区");
  private static final Table FULL;
  private static final Table SHORT;

  static {
    for (char c : LEVEL_END_CHARS.toCharArray()) {
      LEVEL_END[c] = true;
    }
    Gazetteer g = Gazetteer.standard();
    List<String> full = new ArrayList<>();
    List<String> shorts = new ArrayList<>();
    g.forEachName((name, isFull) -> {
      if (isFull) {
        if (name.length() >= 3 && name.length() <= MAX_NAME && LEVEL_END[name.charAt(name.length() - 1)]
            && !Place.isGenericName(name)) {
          full.add(name);
        }
      } else if (name.length() >= 2 && name.length() <= MAX_SHORT) {
        shorts.add(name);
      }
    });
    FULL = new Table(full);
    SHORT = new Table(shorts);
  }

  private PlaceGrammar() {}

  /**
   * The finder of places, for the {@link Annotator}: it runs after the units' finder, as the places
   * inside a responsibility clause (东莞市 in "(责任单位:东莞市民政局)") name who does the work, not
   * where (the units carry their own towns).
   */
  public static final Finder FINDER = (statement, found) -> {
    ImmutableList<Found> names = scan(statement.region(), statement.candidates());
    if (!names.isEmpty()) {
      found.places(outside(found.units(), resolve(statement.region(), names, statement.home(), found::report)));
    }
  };

  /** The mentions outside the spans of {@code annotations}. */
  private static ImmutableList<Mention<Place>> outside(List<UnitAnnotation> annotations,
      ImmutableList<Mention<Place>> mentions) {
    if (annotations.isEmpty() || mentions.isEmpty()) {
      return mentions;
    }
    ImmutableList.Builder<Mention<Place>> kept = ImmutableList.builder();
    for (Mention<Place> m : mentions) {
      boolean inside = false;
      for (UnitAnnotation a : annotations) {
        if (m.source().offset() >= a.source().offset() && m.source().endOffset() <= a.source().endOffset()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(m);
      }
    }
    return kept.build();
  }

  /** A name found in a text, with every division it may stand for. */
  public static final class Found {
    private final int start;
    private final int end;
    private final ImmutableList<Place> candidates;
    /** A name that is a common word first (老城区): taken only inside the plan's own places. */
    private final boolean word;

    Found(int start, int end, ImmutableList<Place> candidates, boolean word) {
      this.start = start;
      this.end = end;
      this.candidates = candidates;
      this.word = word;
    }

    /** The divisions of that name (of the level the text gives, for a short form). */
    public ImmutableList<Place> candidates() {
      return candidates;
    }
  }

  /** The places {@code region} names, resolved without context (unique names only), in order. */
  public static ImmutableList<Place> find(Region region) {
    return resolve(region, scan(region), ImmutableList.of(), d -> { }).stream()
        .map(Mention::value)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** Every name of a division in {@code region}, with its candidates, in text order. */
  public static ImmutableList<Found> scan(Region region) {
    return scan(region, Candidates.of(region));
  }

  private static ImmutableList<Found> scan(Region region, Candidates candidates) {
    String t = region.text();
    // The places where a level word ends, in text order, from the statement's candidates.
    int[] ends = null;
    int count = 0;
    Candidates.Cursor levelEnds = candidates.cursor(Candidates.LEVEL);
    for (int at = levelEnds.next(0); at >= 0; at = levelEnds.next(at + 1)) {
      if (ends == null) {
        ends = new int[8];
      } else if (count == ends.length) {
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      ends[count++] = at + 1;
    }
    if (count == 0) {
      return ImmutableList.of();
    }
    List<Found> out = null;
    int floor = 0;
    for (int q = 0; q < count; q++) {
      int e = ends[q];
      char c = t.charAt(e - 1);
      if (e <= floor) {
        continue;
      }
      int nameStart = fullNameEnding(t, e, floor);
      List<Found> list = null;
      if (nameStart >= 0) {
        ImmutableList<Place> places = Gazetteer.standard().lookup(t.substring(nameStart, e));
        list = new ArrayList<>(2);
        String name = t.substring(nameStart, e);
        list.add(new Found(nameStart, e, fullOnly(places, name), WORDS.contains(name)));
        readListBackward(t, nameStart, floor, places.get(0).level(), list);
      } else {
        int wordStart = c == '道' ? (e >= 2 && t.charAt(e - 2) == '街' ? e - 2 : -1) : e - 1;
        if (wordStart < 0) {
          continue;
        }
        // 两镇 · 三个区 · 等镇 · 等4个镇
        int j = wordStart;
        while (j > floor && wordStart - j < 4 && isCountChar(t.charAt(j - 1))) {
          j--;
        }
        if (j == wordStart) {
          continue;
        }
        Place.Level level = levelOfWord(c);
        List<Found> shorts = new ArrayList<>(2);
        int s = readShort(t, j, floor, level, shorts);
        if (s < 0) {
          continue;
        }
        readListBackward(t, s, floor, level, shorts);
        list = shorts;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      // the list was read backward: put it in text order
      for (int k = list.size() - 1; k >= 0; k--) {
        out.add(list.get(k));
      }
      floor = e;
    }
    return out == null ? ImmutableList.of() : ImmutableList.copyOf(out);
  }

  private static ImmutableList<Place> fullOnly(ImmutableList<Place> places, String name) {
    if (places.stream().allMatch(p -> p.name().equals(name))) {
      return places;
    }
    return places.stream().filter(p -> p.name().equals(name)).collect(ImmutableList.toImmutableList());
  }

  private static boolean isCountChar(char c) {
    return c == '等' || c == '个' || (c >= '0' && c <= '9') || "两二三四五六七八九十".indexOf(c) >= 0;
  }

  private static Place.Level levelOfWord(char c) {
    switch (c) {
      case '省':
        return Place.Level.PROVINCE;
      case '镇':
      case '乡':
      case '道':
      case '木':
        return Place.Level.TOWNSHIP;
      case '州':
      case '盟':
        return Place.Level.PREFECTURE;
      default:
        return Place.Level.COUNTY; // 区 县 旗, and 市 (prefecture or county: both are accepted)
    }
  }

  /** Reads "X、Y、" backward from {@code pos} (a name starts there): each short form before a 、. */
  private static void readListBackward(String t, int pos, int floor, Place.Level level, List<Found> list) {
    int p = pos;
    while (p - 1 > floor && isJoin(t.charAt(p - 1))) {
      int s = readShort(t, p - 1, floor, level, list);
      if (s < 0) {
        return;
      }
      p = s;
    }
  }

  private static boolean isJoin(char c) {
    return c == '、' || c == '和' || c == '及' || c == '与';
  }

  /**
   * Reads the longest short form (or full name) of {@code level} that ends at {@code end}, adds it
   * to {@code list} and returns its start; -1 when there is none.
   */
  private static int readShort(String t, int end, int floor, Place.Level level, List<Found> list) {
    if (end - 2 < floor || (!SHORT.mayEndWith(t.charAt(end - 1), t.charAt(end - 2))
        && !FULL.mayEndWith(t.charAt(end - 1), t.charAt(end - 2)))) {
      return -1;
    }
    long h = 0;
    int bestStart = -1;
    ImmutableList<Place> best = null;
    for (int len = 1; len <= MAX_NAME && end - len >= floor; len++) {
      h = h * P + t.charAt(end - len);
      if (len > 2 && !SHORT.hasEnding(h) && !FULL.hasEnding(h)) {
        break;
      }
      if (len < 2) {
        continue;
      }
      String name = SHORT.get(h, t, end - len, len);
      if (name == null && len >= 3) {
        name = FULL.get(h, t, end - len, len);
      }
      if (name != null) {
        ImmutableList<Place> at = ofLevel(Gazetteer.standard().lookup(name), level);
        if (!at.isEmpty()) {
          bestStart = end - len;
          best = at;
        }
      }
    }
    if (best == null) {
      return -1;
    }
    list.add(new Found(bestStart, end, best, false));
    return bestStart;
  }

  private static ImmutableList<Place> ofLevel(ImmutableList<Place> places, Place.Level level) {
    boolean anyCity = level == Place.Level.COUNTY; // 两市: a prefecture or a county-level city
    return places.stream()
        .filter(p -> p.level() == level || (anyCity && p.level() == Place.Level.PREFECTURE))
        .collect(ImmutableList.toImmutableList());
  }

  /** The start of the longest full name that ends at {@code e}, or -1. */
  private static int fullNameEnding(String t, int e, int floor) {
    if (e - 2 < floor || !FULL.mayEndWith(t.charAt(e - 1), t.charAt(e - 2))) {
      return -1;
    }
    long h = 0;
    int best = -1;
    for (int len = 1; len <= MAX_NAME && e - len >= floor; len++) {
      h = h * P + t.charAt(e - len);
      if (len > 2 && !FULL.hasEnding(h)) {
        break;
      }
      if (len >= 3 && FULL.get(h, t, e - len, len) != null) {
        best = e - len;
      }
    }
    return best;
  }

  /**
   * Resolves each name to one division: the only one of its name, else the one inside one of
   * {@code home} (the plan's own places); a name that stays ambiguous is reported to {@code
   * diagnostics} and left out.
   */
  public static ImmutableList<Mention<Place>> resolve(Region region, List<Found> found, Collection<Place> home,
      Consumer<Diagnostic> diagnostics) {
    Preconditions.checkNotNull(home, "home");
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Mention<Place>> out = ImmutableList.builder();
    for (Found f : found) {
      Place chosen = f.candidates.size() == 1 && !f.word ? f.candidates.get(0) : null;
      if (chosen == null) {
        for (Place p : f.candidates) {
          for (Place h : home) {
            if (p.isWithin(h) && chosen == null) {
              chosen = p;
            }
          }
        }
      }
      if (chosen == null && f.word) {
        continue; // 老城区 outside Luoyang's plans: the old town, said as a word
      }
      if (chosen == null) {
        diagnostics.accept(Diagnostic.of(region.span(f.start, f.end), "the place name "
            + region.sub(f.start, f.end).text() + " names " + f.candidates.size()
            + " divisions and none inside the plan's own places; not taken"));
        continue;
      }
      out.add(Mention.of(chosen, region.span(f.start, f.end)));
    }
    return out.build();
  }

  /** An open-addressing table from the reversed hash of a name to the name. */
  private static final class Table {
    private final long[] keys;
    private final String[] names;
    private final int mask;
    /**
     * A 32-bit fingerprint of the reversed hash of every ending of every name (东莞市: 市, 莞市,
     * 东莞市), 0 for an empty slot, so that a scan backward stops as soon as no name ends in what
     * it has read. A fingerprint shared by two endings only makes a scan go on a little longer.
     * Ints at a load of at most about one half: 1 MB for the full names, where longs beside a
     * flag array at a load of a sixth took 4.5 MB and a start-up's worth of cache misses.
     */
    private final int[] endings;
    private final int endingMask;
    /**
     * A bit per hashed pair (last character, the one before it) of the names: 8 KiB, so it stays
     * in the cache and rejects most places where a level word stands (全市, 我市, 社区) at once.
     */
    private final long[] pairs = new long[1 << 10];

    Table(List<String> list) {
      int cap = Integer.highestOneBit(Math.max(4, list.size() * 3)) << 1;
      keys = new long[cap];
      names = new String[cap];
      mask = cap - 1;
      int total = 0;
      for (String s : list) {
        total += s.length();
      }
      // At most `total` distinct endings: a power of two above it keeps the load below one half.
      int ecap = Integer.highestOneBit(Math.max(4, total)) << 1;
      endings = new int[ecap];
      endingMask = ecap - 1;
      for (String s : list) {
        add(s);
      }
    }

    /**
     * Adds one name. A method of its own, called once per name: the JIT compiles it after a few
     * hundred calls, where the body of a loop over 40,000 names would run in the interpreter
     * until the loop itself is compiled, on the way of a one-shot command's first load.
     */
    private void add(String s) {
      long h = 0;
      if (s.length() >= 2) {
        int pair = pairIndex(s.charAt(s.length() - 1), s.charAt(s.length() - 2));
        pairs[pair >>> 6] |= 1L << pair;
      }
      for (int i = s.length() - 1; i >= 0; i--) {
        h = h * P + s.charAt(i);
        addEnding(h);
      }
      int slot = (int) (mix(h) & mask);
      while (names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = h;
      names[slot] = s;
    }

    private static int pairIndex(char last, char before) {
      return (last * 31 + before * 7) & 0xFFFF;
    }

    /** Whether a name may end in {@code before} then {@code last} (false positives possible). */
    boolean mayEndWith(char last, char before) {
      int pair = pairIndex(last, before);
      return (pairs[pair >>> 6] & (1L << pair)) != 0;
    }

    private void addEnding(long h) {
      long m = mix(h);
      int print = fingerprint(m);
      int slot = (int) m & endingMask;
      while (endings[slot] != 0) {
        if (endings[slot] == print) {
          return;
        }
        slot = (slot + 1) & endingMask;
      }
      endings[slot] = print;
    }

    /** The high half of a mixed hash (the slot comes from the low half), never 0 (the empty slot). */
    private static int fingerprint(long mixed) {
      int print = (int) (mixed >>> 32);
      return print != 0 ? print : 1;
    }

    /** Whether some name ends with the characters whose reversed hash is {@code h}. */
    boolean hasEnding(long h) {
      long m = mix(h);
      int print = fingerprint(m);
      int slot = (int) m & endingMask;
      for (int e = endings[slot]; e != 0; e = endings[slot]) {
        if (e == print) {
          return true;
        }
        slot = (slot + 1) & endingMask;
      }
      return false;
    }

    /** The name of hash {@code h} that stands at {@code t[from, from + len)}, or null. */
    String get(long h, String t, int from, int len) {
      int slot = (int) (mix(h) & mask);
      while (names[slot] != null) {
        if (keys[slot] == h && names[slot].length() == len && t.regionMatches(from, names[slot], 0, len)) {
          return names[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    private static long mix(long h) {
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      return h;
    }
  }
}
