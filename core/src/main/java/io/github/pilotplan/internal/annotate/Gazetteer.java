package io.github.pilotplan.internal.annotate;

import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.model.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * into {@code core/tools/gazetteer/gazetteer.tsv.gz} (one {@code code<TAB>name} line per
 * division), which {@code GazetteerResourceTest} turns into {@code gazetteer.bin.gz} next to this
 * class (and fails while the two differ). Loaded once, on first use, then shared.
 *
 * <p>Loading is the first thing a one-shot command pays for, so it keeps to arrays read in bulk:
 * the codes and names in code order, each division's parent and short form worked out when the
 * resource was made, one table from each name and short form to its rows; a {@link Place} is made
 * only when it is asked for.
 */
public final class Gazetteer {

  private static final String RESOURCE = "gazetteer.bin.gz";

  /**
   * The codes run together, in code order (the resource is sorted by code); row r's code is
   * {@code allCodes[codeStarts[r], codeStarts[r + 1])}. One string, not 44,690.
   */
  private final String allCodes;
  private final int[] codeStarts;
  /** Each division's full name, by row. */
  private final String[] names;
  /** The row of each division's parent, or -1. */
  private final int[] parents;
  /** The length of each division's short form, a prefix of its name ({@link Place#shortName}). */
  private final byte[] shortLengths;
  /** The place of each row, made on first use (two threads may make equal ones; either is kept). */
  private final AtomicReferenceArray<Place> places;
  /** The names and short forms, each with its rows. */
  private final NameTable byName;
  private volatile ImmutableList<Place> all;

  private Gazetteer(String allCodes, int[] codeStarts, String[] names, int[] parents, byte[] shortLengths) {
    this.allCodes = allCodes;
    this.codeStarts = codeStarts;
    this.names = names;
    this.parents = parents;
    this.shortLengths = shortLengths;
    this.places = new AtomicReferenceArray<>(names.length);
    this.byName = new NameTable(names.length * 2);
    for (int row = 0; row < names.length; row++) {
      byName.add(names[row], row, true);
      if (shortLengths[row] < names[row].length()) {
        byName.add(names[row].substring(0, shortLengths[row]), row, false);
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
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      Preconditions.checkState(in != null, "the gazetteer resource %s is missing", RESOURCE);
      return decode(new GZIPInputStream(in, 1 << 16).readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
    }
  }

  /**
   * The gazetteer of {@code tsv}, one {@code code<TAB>name} line per division in code order: each
   * division's parent is the longest shorter code in the file that is a prefix of its code.
   *
   * @throws IllegalArgumentException if a line is not {@code code<TAB>name} or the codes are out of order
   */
  static Gazetteer fromTsv(String tsv) {
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String line : Splitter.on('\n').omitEmptyStrings().split(tsv)) {
      int tab = line.indexOf('\t');
      Preconditions.checkArgument(tab > 0, "gazetteer line %s has no code<TAB>name", codes.size() + 1);
      String code = line.substring(0, tab);
      Preconditions.checkArgument(codes.isEmpty() || codes.get(codes.size() - 1).compareTo(code) < 0,
          "gazetteer line %s: code %s is not after the one before (the file must be sorted by code)",
          codes.size() + 1, code);
      codes.add(code);
      names.add(line.substring(tab + 1));
    }
    int n = codes.size();
    int[] parents = new int[n];
    byte[] shortLengths = new byte[n];
    // The last row read of each code length: in code order, a division's parent (the longest
    // shorter code that is a prefix of its code) is the last row of that length read before it.
    int[] lastOfLength = new int[MAX_CODE + 1];
    Arrays.fill(lastOfLength, -1);
    for (int row = 0; row < n; row++) {
      String code = codes.get(row);
      String name = names.get(row);
      String shortName = Place.shortNameOf(code, name); // refuses a code of another length
      Preconditions.checkArgument(name.startsWith(shortName) && name.length() <= Byte.MAX_VALUE,
          "gazetteer line %s: the short form %s is no prefix of %s, or the name is too long", row + 1, shortName, name);
      shortLengths[row] = (byte) shortName.length();
      parents[row] = -1;
      for (int len = code.length() - 1; len >= 2; len--) {
        int candidate = lastOfLength[len];
        if (candidate >= 0 && code.startsWith(codes.get(candidate))) {
          parents[row] = candidate;
          break;
        }
      }
      lastOfLength[code.length()] = row;
    }
    int[] codeStarts = new int[n + 1];
    for (int row = 0; row < n; row++) {
      codeStarts[row + 1] = codeStarts[row] + codes.get(row).length();
    }
    return new Gazetteer(String.join("", codes), codeStarts, names.toArray(new String[0]), parents, shortLengths);
  }

  /** The number of divisions. */
  private int size() {
    return names.length;
  }

  /** The code of {@code row}. */
  private String code(int row) {
    return allCodes.substring(codeStarts[row], codeStarts[row + 1]);
  }

  /** The longest division code (a township's). */
  private static final int MAX_CODE = 9;
  /** The first int of the binary form, then its version. */
  private static final int MAGIC = 0x50504744; // "PPGD"
  private static final int VERSION = 1;

  /**
   * The binary form the library ships ({@value #RESOURCE}, gzipped): everything {@link #fromTsv}
   * works out, so that loading it is a few bulk reads. Big-endian: the magic number, the version,
   * the number of divisions n; n bytes of code lengths, n bytes of name lengths (characters), n
   * bytes of short-form lengths, n ints of parent rows (-1 for none); the byte count and the codes
   * (ASCII digits) run together; the byte count and the names (UTF-8) run together.
   */
  byte[] encode() {
    int n = size();
    byte[] codeBytes = allCodes.getBytes(StandardCharsets.US_ASCII);
    byte[] nameBytes = String.join("", names).getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(3 * 4 + 3 * n + 4 * n + 4 + codeBytes.length + 4 + nameBytes.length);
    out.putInt(MAGIC).putInt(VERSION).putInt(n);
    for (int row = 0; row < n; row++) {
      out.put((byte) (codeStarts[row + 1] - codeStarts[row]));
    }
    for (String name : names) {
      out.put((byte) name.length());
    }
    out.put(shortLengths);
    for (int p : parents) {
      out.putInt(p);
    }
    out.putInt(codeBytes.length).put(codeBytes);
    out.putInt(nameBytes.length).put(nameBytes);
    return out.array();
  }

  /** The gazetteer of its {@linkplain #encode binary form}. */
  static Gazetteer decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    Preconditions.checkState(in.getInt() == MAGIC && in.getInt() == VERSION, "not a gazetteer of version %s", VERSION);
    int n = in.getInt();
    byte[] codeLengths = new byte[n];
    byte[] nameLengths = new byte[n];
    byte[] shortLengths = new byte[n];
    int[] parents = new int[n];
    in.get(codeLengths).get(nameLengths).get(shortLengths);
    in.asIntBuffer().get(parents);
    in.position(in.position() + 4 * n);
    byte[] codeBytes = new byte[in.getInt()];
    in.get(codeBytes);
    byte[] nameBytes = new byte[in.getInt()];
    in.get(nameBytes);
    // Two decodes of the whole, then a substring per field: no scan of the text per line.
    String allCodes = new String(codeBytes, StandardCharsets.US_ASCII);
    String allNames = new String(nameBytes, StandardCharsets.UTF_8);
    int[] codeStarts = new int[n + 1];
    String[] names = new String[n];
    int m = 0;
    for (int row = 0; row < n; row++) {
      codeStarts[row + 1] = codeStarts[row] + codeLengths[row];
      names[row] = allNames.substring(m, m += nameLengths[row]);
    }
    Preconditions.checkState(codeStarts[n] == allCodes.length() && m == allNames.length(), "a damaged gazetteer");
    return new Gazetteer(allCodes, codeStarts, names, parents, shortLengths);
  }

  /** Every division, in code order. */
  public ImmutableList<Place> all() {
    ImmutableList<Place> a = all;
    if (a == null) {
      ImmutableList.Builder<Place> b = ImmutableList.builderWithExpectedSize(size());
      for (int row = 0; row < size(); row++) {
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
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int row = (low + high) >>> 1;
      int c = compareCode(row, code);
      if (c == 0) {
        return Optional.of(place(row));
      }
      if (c < 0) {
        low = row + 1;
      } else {
        high = row - 1;
      }
    }
    return Optional.empty();
  }

  /** {@code code(row).compareTo(code)}'s sign, without the substring. */
  private int compareCode(int row, String code) {
    int from = codeStarts[row];
    int length = codeStarts[row + 1] - from;
    for (int i = 0; i < Math.min(length, code.length()); i++) {
      int d = allCodes.charAt(from + i) - code.charAt(i);
      if (d != 0) {
        return d;
      }
    }
    return length - code.length();
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

  /** Sets {@code slot} to {@code value} unless a racing thread set it first; the slot's value. */
  private static <T> T firstSet(AtomicReferenceArray<T> slots, int slot, T value) {
    slots.compareAndSet(slot, null, value);
    return slots.get(slot);
  }

  private Place place(int row) {
    Place p = places.get(row);
    if (p == null) {
      int parent = parents[row];
      p = firstSet(places, row,
          Place.of(code(row), names[row], parent < 0 ? Optional.empty() : Optional.of(code(parent))));
    }
    return p;
  }

  /**
   * An open-addressing table from each name to the rows of the divisions it names, in row order,
   * with the list of their places made on first use.
   */
  private static final class NameTable {
    private final String[] keys;
    /** The row a name names, or -1 where it names several (then in {@link #moreRows}). */
    private final int[] row;
    /** The rows of the names that name several divisions (城关镇: 88), by slot. */
    private final Map<Integer, int[]> moreRows = new HashMap<>();
    private final boolean[] full;
    private final AtomicReferenceArray<ImmutableList<Place>> lists;
    private final int mask;

    NameTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(4, expected)) << 1; // at most two thirds full
      keys = new String[cap];
      row = new int[cap];
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

    void add(String name, int r, boolean isFull) {
      int slot = slot(name);
      if (keys[slot] == null) {
        keys[slot] = name;
        row[slot] = r;
      } else {
        int[] before = rows(slot);
        int[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = r;
        row[slot] = -1;
        moreRows.put(slot, after);
      }
      full[slot] |= isFull;
    }

    /** The rows of the name in {@code slot}, in row order. */
    private int[] rows(int slot) {
      return row[slot] >= 0 ? new int[] {row[slot]} : moreRows.get(slot);
    }

    ImmutableList<Place> places(String name, Gazetteer g) {
      int slot = slot(name);
      if (keys[slot] == null) {
        return ImmutableList.of();
      }
      ImmutableList<Place> list = lists.get(slot);
      if (list == null) {
        int[] rows = rows(slot);
        ImmutableList.Builder<Place> b = ImmutableList.builderWithExpectedSize(rows.length);
        for (int r : rows) {
          b.add(g.place(r));
        }
        list = firstSet(lists, slot, b.build());
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
