package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of China's administrative divisions, from the bundled gazetteer ({@link
 * io.github.pilotplan.Places}): a province, a prefecture, a county or a township, with its
 * statistical code and its parent's.
 *
 * <pre>{@code
 * Place p = Places.lookup("天河区").get(0);
 * p.name();                 // "天河区"
 * p.level();                // COUNTY
 * p.code();                 // "440106"
 * p.parentCode();           // Optional[4401]
 * Places.parent(p).get().name();   // "广州市"
 * p.shortName();            // "天河"
 * p.isWithin(Places.lookup("广东省").get(0));   // true
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

  private static final String[][] PROVINCE_SHORT = {
      {"内蒙古自治区", "内蒙古"}, {"广西壮族自治区", "广西"}, {"西藏自治区", "西藏"},
      {"宁夏回族自治区", "宁夏"}, {"新疆维吾尔自治区", "新疆"}};

  /** Endings of names that many places share as words: such names have no short form. */
  private static final String[] GENERIC_ENDS = {
      "开发区", "园区", "管理区", "示范区", "试验区", "合作区", "农场", "林场", "牧场", "渔场", "社区", "管委会",
      "办事处", "矿区", "盐场", "茶场", "果场", "良种场", "监狱", "工业区", "产业区", "新城", "片区", "实验区"};

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

  /**
   * The common short form: 天河 for 天河区, 黄江 for 黄江镇, 广西 for 广西壮族自治区; else the name. It
   * is the name without its level word (省, 市, 自治区, 地区, 盟, 区, 县, 旗, 镇, 乡, 街道, 苏木), when
   * at least two characters remain; the five autonomous regions go by their usual names; a name
   * that many places share as a word ({@link #isGenericName}) has none.
   */
  @JsonIgnore
  public final String shortName() {
    return shortForm(name(), level());
  }

  /**
   * The {@linkplain #shortName() short form} of the division of {@code code} and {@code name},
   * without making the place: {@code shortNameOf("440106", "天河区")} is 天河.
   *
   * @throws IllegalArgumentException if {@code code} is not a division code (2, 4, 6 or 9 digits)
   */
  public static String shortNameOf(String code, String name) {
    Preconditions.checkNotNull(code, "code");
    Preconditions.checkNotNull(name, "name");
    return shortForm(name, Level.ofCode(code));
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

  /**
   * Whether a division's name ends with a word that many places share as a name (开发区, 园区,
   * 管理区, 农场, 社区, 办事处 …): such a name has no short form.
   */
  public static boolean isGenericName(String name) {
    if (name.isEmpty() || GENERIC_LAST_CHARS.indexOf(name.charAt(name.length() - 1)) < 0) {
      return false; // most names: no generic ending ends with their last character
    }
    for (String generic : GENERIC_ENDS) {
      if (name.endsWith(generic)) {
        return true;
      }
    }
    return false;
  }

  /** The last characters of {@link #GENERIC_ENDS}. */
  private static final String GENERIC_LAST_CHARS = lastChars(GENERIC_ENDS);

  private static String lastChars(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      char last = w.charAt(w.length() - 1);
      if (b.indexOf(String.valueOf(last)) < 0) {
        b.append(last);
      }
    }
    return b.toString();
  }

  /** See {@link #shortName()}. */
  private static String shortForm(String name, Level level) {
    if (isGenericName(name)) {
      return name; // 高新技术产业开发区: no short form
    }
    if (name.endsWith("新区") && name.length() >= 4) {
      return name.substring(0, name.length() - 2); // 浦东新区 → 浦东
    }
    if (level == Level.PROVINCE) {
      for (String[] p : PROVINCE_SHORT) {
        if (p[0].equals(name)) {
          return p[1];
        }
      }
    }
    for (String suffix : suffixes(level)) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2
          && !name.endsWith("自治" + suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static final String[] PROVINCE_SUFFIXES = {"省", "市"};
  private static final String[] PREFECTURE_SUFFIXES = {"地区", "市", "盟"};
  private static final String[] COUNTY_SUFFIXES = {"区", "县", "市", "旗"};
  private static final String[] TOWNSHIP_SUFFIXES = {"街道办事处", "街道", "镇", "乡", "苏木"};

  private static String[] suffixes(Level level) {
    switch (level) {
      case PROVINCE:
        return PROVINCE_SUFFIXES;
      case PREFECTURE:
        return PREFECTURE_SUFFIXES;
      case COUNTY:
        return COUNTY_SUFFIXES;
      default:
        return TOWNSHIP_SUFFIXES;
    }
  }


  /** The full name. */
  @Override
  public final String toString() {
    return name();
  }
}
