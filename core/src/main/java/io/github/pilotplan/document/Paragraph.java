package io.github.pilotplan.document;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A paragraph of a document, as the reader of its format saw it; line breaks inside it (a
 * {@code <br>}, a soft break in Word) start new lines of the plan text.
 *
 * <pre>{@code
 * Paragraph.of("(一)有序扩大家庭医生来源。").text();   // "(一)有序扩大家庭医生来源。"
 * }</pre>
 */
@Value.Immutable
public abstract class Paragraph implements Block {

  Paragraph() {}

  /** The paragraph's characters as written; may hold line breaks. */
  @Value.Parameter
  public abstract String text();

  /** A paragraph of {@code text}. */
  public static Paragraph of(String text) {
    Preconditions.checkNotNull(text, "text");
    return ImmutableParagraph.of(text);
  }

  @Override
  public final String toString() {
    return text();
  }
}
