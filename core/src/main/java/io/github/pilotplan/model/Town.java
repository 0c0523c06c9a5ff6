package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of Dongguan's 28 towns (镇) and 4 subdistricts (街道), with its short name.
 *
 * <pre>{@code
 * Town.lookup("黄江").get().name();         // "黄江镇"
 * Town.lookup("东莞市厚街镇").get().shortName();   // "厚街"
 * Town.lookup("莞城街道办事处").get().kind();     // Town.Kind.SUBDISTRICT
 * Town.all().size();                        // 32
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Town {

  /** Whether a place is a town or a subdistrict. */
  public enum Kind {
    /** 镇 */
    TOWN,
    /** 街道 */
    SUBDISTRICT
  }

  private static final ImmutableList<Town> ALL;
  private static final ImmutableMap<String, Town> BY_NAME;

  static {
    String towns = "石碣 石龙 茶山 石排 企石 横沥 桥头 谢岗 东坑 常平 寮步 樟木头 大朗 黄江 清溪 塘厦 凤岗 "
        + "大岭山 长安 虎门 厚街 沙田 道滘 洪梅 麻涌 望牛墩 中堂 高埗";
    String subdistricts = "莞城 东城 南城 万江";
    ImmutableList.Builder<Town> all = ImmutableList.builder();
    ImmutableMap.Builder<String, Town> byName = ImmutableMap.builder();
    for (String s : towns.split(" ")) {
      Town t = ImmutableTown.of(s + "镇", s, Kind.TOWN);
      all.add(t);
      byName.put(t.name(), t).put(s, t);
    }
    for (String s : subdistricts.split(" ")) {
      Town t = ImmutableTown.of(s + "街道", s, Kind.SUBDISTRICT);
      all.add(t);
      byName.put(t.name(), t).put(s, t).put(s + "街道办事处", t).put(s + "街道办", t);
    }
    ALL = all.build();
    BY_NAME = byName.buildOrThrow();
  }

  Town() {}

  /** The full name: 黄江镇, 莞城街道. */
  @Value.Parameter
  public abstract String name();

  /** The short name: 黄江, 莞城. */
  @Value.Parameter
  public abstract String shortName();

  /** Town or subdistrict. */
  @Value.Parameter
  public abstract Kind kind();

  /** All 32 places, towns first, in the city's usual order. */
  public static ImmutableList<Town> all() {
    return ALL;
  }

  /**
   * The place a name stands for: the full name, the short name, 东莞市 + full name, or a
   * subdistrict's 街道办事处 form ({@link Folding folded}, invisible characters taken out).
   */
  public static Optional<Town> lookup(String name) {
    Preconditions.checkNotNull(name, "name");
    String s = Folding.fold(Folding.withoutInvisible(name)).trim();
    if (s.startsWith("东莞市")) {
      s = s.substring(3);
    }
    return Optional.ofNullable(BY_NAME.get(s));
  }

  /** The full name. */
  @Override
  public final String toString() {
    return name();
  }
}
