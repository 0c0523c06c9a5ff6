package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import org.immutables.value.Value;

/**
 * A unit and the role a responsibility clause gives it.
 *
 * <pre>{@code
 * // "(牵头单位:市发展改革委,配合单位:市委组织部,各区、县级市)"
 * task.roles();   // [市发展改革委 LEAD, 市委组织部 SUPPORTING, 各区、县级市 SUPPORTING]
 * UnitAssignment.of(Unit.of("市民政局"), UnitRole.LEAD).role();   // LEAD
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class UnitAssignment {

  UnitAssignment() {}

  /** The unit. */
  @Value.Parameter
  public abstract Unit unit();

  /** Its role. */
  @Value.Parameter
  public abstract UnitRole role();

  /** {@code unit} in {@code role}. */
  public static UnitAssignment of(Unit unit, UnitRole role) {
    Preconditions.checkNotNull(unit, "unit");
    Preconditions.checkNotNull(role, "role");
    return ImmutableUnitAssignment.of(unit, role);
  }

  /** {@code name role}, e.g. {@code 市民政局 LEAD}. */
  @Override
  public final String toString() {
    return unit() + " " + role();
  }
}
