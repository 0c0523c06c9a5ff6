package io.github.pilotplan.model;

import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.immutables.value.Value;

/**
 * The account of one non-blank input line: its number and its {@link LineRole}.
 *
 * <pre>{@code
 * plan.lines().stream().filter(l -> l.role() == LineRole.BOILERPLATE).count();   // 5 for the seed
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class SourceLine {

  /**
   * Line accounts are values, and every plan holds one per non-blank line: {@link #of} hands out
   * one shared instance per line number and role for the first lines of a text (those of every
   * page: line 12 a heading in each plan that has one there), built on first use.
   */
  private static final int SHARED_LINES = 4096;

  private static final LineRole[] ROLES = LineRole.values();
  private static final AtomicReferenceArray<SourceLine> SHARED =
      new AtomicReferenceArray<>(SHARED_LINES * ROLES.length);

  SourceLine() {}

  /** The 1-based line number. */
  @Value.Parameter
  public abstract int line();

  /** What the line turned out to be. */
  @Value.Parameter
  public abstract LineRole role();

  /** A line account. */
  public static SourceLine of(int line, LineRole role) {
    if (line < 0 || line >= SHARED_LINES || role == null) {
      return ImmutableSourceLine.of(line, role);
    }
    int slot = line * ROLES.length + role.ordinal();
    SourceLine shared = SHARED.get(slot);
    return shared != null ? shared : SetOnce.first(SHARED, slot, ImmutableSourceLine.of(line, role));
  }

  @Override
  public final String toString() {
    return line() + " " + role();
  }
}
