package io.github.pilotplan.model;

import io.github.pilotplan.internal.style.PilotplanJson;
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
 * <p>Canonical names, as {@link #of} reads them (a city's document, the city 东莞市): a leading
 * 东莞市 becomes 市; a bare city department name ending in 局, 办, 委, 院 or 中心 gets the prefix 市;
 * a town's short name becomes its full name; trailing 等 are dropped; full-width punctuation is
 * folded. National bodies (生态环境部, 税务总局, 海关总署, 国家发展改革委, 国务院…) and bodies of other
 * levels (省民政厅) keep their names. A plan of another city, a province or the State Council names
 * its units through {@link UnitNaming}, which keeps bare names as written where the document is not
 * a city's.
 */
@Value.Immutable
@PilotplanJson
public abstract class Unit {

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
    return UnitNaming.standard().unit(nameOrAlias);
  }

  /** The unit with this canonical name and kind (for {@link UnitNaming}). */
  public static Unit canonical(String name, UnitKind kind) {
    return ImmutableUnit.of(name, kind);
  }

  /**
   * Whether {@code nameOrAlias} names this unit, by its canonical form or exactly as written (so
   * 扶贫办 names the unit 扶贫办 of a State Council plan as well as 市扶贫办); a blank name matches
   * nothing.
   */
  public final boolean matches(String nameOrAlias) {
    return canonicalName(nameOrAlias).equals(name()) || UnitNaming.asWritten(nameOrAlias).equals(name());
  }

  /** The town this unit is, if it is one. */
  public final Optional<Town> town() {
    return kind() == UnitKind.TOWN ? Town.lookup(name()) : Optional.empty();
  }

  /** The canonical form of a unit name; empty for a blank one. */
  public static String canonicalName(String nameOrAlias) {
    return UnitNaming.standard().canonicalName(nameOrAlias);
  }

  /** The canonical name. */
  @Override
  public final String toString() {
    return name();
  }
}
