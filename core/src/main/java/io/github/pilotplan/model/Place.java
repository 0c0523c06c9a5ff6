package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import org.immutables.value.Value;
import io.github.pilotplan.internal.annotate.Gazetteer;

/**
 * One of China's administrative divisions, from the bundled {@link Gazetteer}: a province, a
 * prefecture, a county or a township, with its statistical code and its parent's.
 *
 * <pre>{@code
 * Place p = Gazetteer.standard().lookup("天河区").get(0);
 * p.name();                 // "天河区"
 * p.level();                // COUNTY
 * p.code();                 // "440106"
 * p.parent().get().name();  // "广州市"
 * p.shortName();            // "天河"
 * p.isWithin(Gazetteer.standard().lookup("广东省").get(0));   // true
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Place {

  /** The four levels of division. */
  public enum Level {
    /** 省, 自治区, 直辖市 (2-digit code) */
    PROVINCE,
    /** 地级市, 地区, 自治州, 盟 (4 digits) */
    PREFECTURE,
    /** 区, 县, 县级市, 旗 (6 digits) */
    COUNTY,
    /** 镇, 乡, 街道, 苏木 (9 digits) */
    TOWNSHIP;

    /** The level of a code of 2, 4, 6 or 9 digits. */
    static Level ofCode(String code) {
      switch (code.length()) {
        case 2:
          return PROVINCE;
        case 4:
          return PREFECTURE;
        case 6:
          return COUNTY;
        case 9:
          return TOWNSHIP;
        default:
          throw new IllegalArgumentException("not a division code: " + code);
      }
    }
  }

  Place() {}

  /** The statistical code: 44 (广东省), 4401 (广州市), 440106 (天河区), 441900114 (黄江镇). */
  @Value.Parameter
  public abstract String code();

  /** The full name: 天河区, 黄江镇. */
  @Value.Parameter
  public abstract String name();

  /** The level, which the length of the code gives. */
  @JsonIgnore
  public final Level level() {
    return Level.ofCode(code());
  }

  /** The code of the division it belongs to; empty for a province. */
  @Value.Parameter
  public abstract Optional<String> parentCode();

  /** The division it belongs to. */
  @JsonIgnore
  public final Optional<Place> parent() {
    return parentCode().flatMap(Gazetteer.standard()::byCode);
  }

  /** The common short form: 天河 for 天河区, 黄江 for 黄江镇, 广西 for 广西壮族自治区; else the name. */
  @JsonIgnore
  public final String shortName() {
    return Gazetteer.shortForm(name(), level());
  }

  /** Whether this place is {@code other} or lies inside it. */
  public final boolean isWithin(Place other) {
    Preconditions.checkNotNull(other, "other");
    // Codes are hierarchical: a division's code starts with each of its ancestors' codes.
    return code().startsWith(other.code());
  }

  /** A place as the gazetteer holds it. */
  public static Place of(String code, String name, Optional<String> parentCode) {
    return ImmutablePlace.of(code, name, parentCode);
  }

  @Value.Check
  final void check() {
    Preconditions.checkState(!name().isEmpty(), "a place needs a name");
    Level.ofCode(code());
    parentCode().ifPresent(p -> Preconditions.checkState(code().startsWith(p) && p.length() < code().length(),
        "parent %s is no prefix of %s", p, code()));
  }

  /** The full name. */
  @Override
  public final String toString() {
    return name();
  }
}
