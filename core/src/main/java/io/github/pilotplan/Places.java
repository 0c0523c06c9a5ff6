package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.annotate.Gazetteer;
import io.github.pilotplan.model.Place;
import java.util.Optional;

/**
 * China's administrative divisions as the loader knows them: the gazetteer bundled with the
 * library (44,690 divisions, the National Bureau of Statistics' 2023 codes), from which every
 * {@link Place} of a plan comes.
 *
 * <pre>{@code
 * Place tianhe = Places.lookup("天河区").get(0);
 * Places.lookup("天河");                      // [天河区]: the short form
 * Places.parent(tianhe).get().name();         // "广州市"
 * Places.byCode("4419");                      // Optional[东莞市]
 * tianhe.isWithin(Places.byCode("44").get()); // true
 * }</pre>
 *
 * <p>The gazetteer is loaded once, on first use, then shared; it is immutable and safe to use
 * from any thread.
 */
public final class Places {

  private Places() {}

  /**
   * The divisions a name stands for: its full name or short form (folded and trimmed), in code
   * order; several where the name is shared (城关镇 is 88 towns), none for an unknown name.
   */
  public static ImmutableList<Place> lookup(String name) {
    return Gazetteer.standard().lookup(name);
  }

  /** The division with {@code code}: 44 is 广东省, 4401 广州市, 440106 天河区. */
  public static Optional<Place> byCode(String code) {
    return Gazetteer.standard().byCode(code);
  }

  /** The division {@code place} belongs to ({@link Place#parentCode()}); empty for a province. */
  public static Optional<Place> parent(Place place) {
    Preconditions.checkNotNull(place, "place");
    return place.parentCode().flatMap(Gazetteer.standard()::byCode);
  }
}
