package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.annotate.DeadlineGrammar;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.model.Deadline;

/**
 * Deadlines read from text, as the loader reads them in a task's words (see {@link
 * io.github.pilotplan.model.DeadlineKind} for the forms).
 *
 * <pre>{@code
 * Deadline d = Deadlines.parse("2010年6月底前");
 * d.kind();          // BY_END_OF
 * d.dueYear();       // OptionalInt[2010]
 * d.dueMonth();      // OptionalInt[6]
 * Deadlines.parse("从2010年开始").isActiveIn(2030);   // true: FROM has no end
 * Deadlines.parse("5年内").spanMonths();              // OptionalInt[60]: WITHIN, unanchored
 * Deadlines.parse("2012年前,全市");                   // throws TextParseException
 * }</pre>
 */
public final class Deadlines {

  private Deadlines() {}

  /**
   * The deadline that {@code text} states, which must be one deadline expression and nothing else
   * (leading and trailing spaces and punctuation aside).
   *
   * @throws TextParseException if the text is not exactly one deadline
   */
  public static Deadline parse(CharSequence text) {
    Preconditions.checkNotNull(text, "text");
    SourceText source = SourceText.of(text.toString());
    ImmutableList<Deadline> found = DeadlineGrammar.find(source.region(0, text.length()));
    if (found.isEmpty()) {
      throw new TextParseException("no deadline found", text, 0);
    }
    Deadline d = found.get(0);
    String rest = text.toString().substring(d.source().endOffset());
    if (found.size() > 1 || !isFiller(text.toString().substring(0, d.source().offset()))
        || !isFiller(rest)) {
      int at = found.size() > 1 ? found.get(1).source().offset()
          : !isFiller(text.toString().substring(0, d.source().offset())) ? 0
          : d.source().endOffset();
      throw new TextParseException("text is more than one deadline", text, at);
    }
    return d;
  }

  private static boolean isFiller(String s) {
    return s.replaceAll("[\\s,，。;；、:：\u3000]", "").isEmpty();
  }
}
