package io.github.pilotplan.model;


import io.github.pilotplan.internal.style.PilotplanJson;
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

  SourceLine() {}

  /** The 1-based line number. */
  @Value.Parameter
  public abstract int line();

  /** What the line turned out to be. */
  @Value.Parameter
  public abstract LineRole role();

  /** A line account. */
  public static SourceLine of(int line, LineRole role) {
    return ImmutableSourceLine.of(line, role);
  }

  @Override
  public final String toString() {
    return line() + " " + role();
  }
}
