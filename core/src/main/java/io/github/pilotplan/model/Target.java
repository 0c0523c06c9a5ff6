package io.github.pilotplan.model;

import io.github.pilotplan.internal.style.PilotplanJson;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity a plan commits to.
 *
 * <pre>{@code
 * // 到2010年底,全市80%以上的城市社区达到省“六好”平安和谐社区标准。
 * target.subject();      // "城市社区"
 * target.bound();   // AT_LEAST
 * target.value();        // 80
 * target.unit();         // "%"
 * target.standard();     // Optional[省“六好”平安和谐社区标准]
 * target.deadline();     // Optional[到2010年底 (BY_END_OF –2010/12)]
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Target {

  Target() {}

  /**
   * The words of the target (folded), from the start of its subject or number to the end of its
   * standard or subject.
   */
  public abstract String text();

  /** What is counted: 城市社区. */
  public abstract String subject();

  /** How the value binds. */
  public abstract Bound bound();

  /** The number as written: 80 for 80%. */
  public abstract BigDecimal value();

  /** The unit of the number: %, 名, 个, 张…. */
  public abstract String unit();

  /** The standard to be reached, where one is named: 省“六好”平安和谐社区标准. */
  public abstract Optional<String> standard();

  /** The deadline of the target's sentence, if it has one. */
  public abstract Optional<Deadline> deadline();

  /** Where the target stands in the source text (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds targets. */
  public static final class Builder extends ImmutableTarget.Builder {}

  /** The text as written. */
  @Override
  public final String toString() {
    return text();
  }
}
