package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import org.immutables.value.Value;

/**
 * One place where the text names something — a unit in an annotation, a town in a statement —
 * with the span of the name as written.
 *
 * <pre>{@code
 * Task task = plan.task("(二)", "1", "(1)").get();   // "2009至2010年,以黄江、厚街两镇为试点,…"
 * task.townMentions().get(1).value();               // 厚街镇
 * task.townMentions().get(1).source().column();     // 21: the two characters 厚街 on line 48
 * }</pre>
 *
 * <p>Mentions compare by what they name; the span is provenance, not part of equality.
 *
 * @param <T> what is named: {@link Unit} or {@link Town}
 */
@Value.Immutable
@PilotplanJson
public abstract class Mention<T> {

  Mention() {}

  /** What is named. */
  @Value.Parameter
  public abstract T value();

  /** Where the name stands in the text (provenance, not part of equality). */
  @Value.Parameter
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** A mention of {@code value} at {@code source}. */
  public static <T> Mention<T> of(T value, SourceSpan source) {
    Preconditions.checkNotNull(value, "value");
    Preconditions.checkNotNull(source, "source");
    return ImmutableMention.of(value, source);
  }

  /** {@code value@line:column}. */
  @Override
  public final String toString() {
    return value() + "@" + source();
  }
}
