package io.github.pilotplan.model;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The row of a task table a task's units (and their roles) come from: the task's own row for a
 * task of a table, or the row of an attachment's table (附件2) that lends its units to a task of
 * the plan's main text by the task's title.
 *
 * <pre>{@code
 * Task t = plan.task("二", "(一)", "1").get();   // 1.有序扩大家庭医生来源。… (no units in the text)
 * t.unitSource().get().pathText();              // "附件2 › 1"
 * t.unitSource().get().source();                // 214:1, the row of the table
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class RowSource {

  RowSource() {}

  /** The row's path in the plan: the attachment, the group and the row's 序号. */
  public abstract ImmutableList<Label> path();

  /** The row's 工作事项, where it has one. */
  public abstract Optional<String> title();

  /** Where the row stands (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** The path joined with " › ", e.g. {@code 附件2 › 1}. */
  public final String pathText() {
    return Paths.text(path());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds row sources. */
  public static final class Builder extends ImmutableRowSource.Builder {}

  @Override
  public final String toString() {
    return pathText() + "@" + source();
  }
}
