package io.github.pilotplan.annotate;

import com.google.common.base.CharMatcher;
import com.google.common.base.Preconditions;
import io.github.pilotplan.text.Cleaning;
import io.github.pilotplan.text.PilotplanJson;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A responsible unit, as listed after 责任单位 / 牵头单位 / 配合单位, under one canonical name.
 *
 * <pre>{@code
 * Unit.of("东莞市财政局").name();   // "市财政局"
 * Unit.of("财政局").name();         // "市财政局"
 * Unit.of("黄江").kind();           // UnitKind.TOWN, named 黄江镇
 * Unit.of("各镇街").kind();         // UnitKind.COLLECTIVE
 * Unit.of("市财政局").matches("财政局");   // true
 * }</pre>
 *
 * <p>Canonical names: a leading 东莞市 becomes 市; a bare department name ending in 局, 办, 委, 部,
 * 厅, 院 or 中心 gets the prefix 市; a town's short name becomes its full name; a trailing 等 is
 * dropped; full-width punctuation is folded.
 */
@Value.Immutable
@PilotplanJson
public abstract class Unit {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  /** Punctuation and symbols a name never starts or ends with ("@市民政局", "市财政局。"). */
  private static final CharMatcher JUNK = CharMatcher.anyOf(
      "@#*=+-~!?.,;:'\"`^&|\\/<>·•、。;:“”‘’…—_%$！？，；：").or(CharMatcher.javaIsoControl());

  Unit() {}

  /** The canonical name. */
  @Value.Parameter
  public abstract String name();

  /** What sort of body the unit is. */
  @Value.Parameter
  public abstract UnitKind kind();

  /**
   * The unit a name or alias stands for.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Unit of(String nameOrAlias) {
    String name = canonicalName(nameOrAlias);
    Preconditions.checkArgument(!name.isEmpty(), "a unit name must not be blank: \"%s\"", nameOrAlias);
    return ImmutableUnit.of(name, kindOf(name));
  }

  /** Whether {@code nameOrAlias} names this unit; a blank name matches nothing. */
  public final boolean matches(String nameOrAlias) {
    return canonicalName(nameOrAlias).equals(name());
  }

  /** The town this unit is, if it is one. */
  public final Optional<Town> town() {
    return kind() == UnitKind.TOWN ? Town.lookup(name()) : Optional.empty();
  }

  /** The canonical form of a unit name; empty for a blank one. */
  public static String canonicalName(String nameOrAlias) {
    Preconditions.checkNotNull(nameOrAlias, "nameOrAlias");
    String s = JUNK.trimFrom(SPACE.removeFrom(Cleaning.clean(nameOrAlias)).replace(" ", ""));
    while (s.endsWith("等") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("东莞市") && s.length() > 3) {
      s = "市" + s.substring(3);
    }
    Optional<Town> town = Town.lookup(s);
    if (town.isPresent()) {
      return town.get().name();
    }
    if (needsCityPrefix(s)) {
      s = "市" + s;
    }
    return s;
  }

  private static boolean needsCityPrefix(String s) {
    if (s.isEmpty() || s.startsWith("各") || s.contains("市") || s.contains("东莞")
        || s.contains("省") || s.contains("国") || s.contains("镇") || s.contains("街")
        || s.length() > 12) {
      return false;
    }
    for (String end : new String[] {"局", "办", "委", "部", "厅", "院", "中心"}) {
      if (s.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  private static UnitKind kindOf(String name) {
    if (Town.lookup(name).isPresent()) {
      return UnitKind.TOWN;
    }
    if (name.startsWith("各") || name.startsWith("镇街") || name.contains("负责")
        || name.equals("镇(街)") || name.equals("有关部门") || name.equals("相关部门")) {
      return UnitKind.COLLECTIVE;
    }
    if (name.contains("小组") || name.contains("成员单位") || name.contains("联席会议")) {
      return UnitKind.GROUP;
    }
    if (name.startsWith("市")) {
      return UnitKind.MUNICIPAL_DEPARTMENT;
    }
    return UnitKind.OTHER;
  }

  /** The canonical name. */
  @Override
  public final String toString() {
    return name();
  }
}
