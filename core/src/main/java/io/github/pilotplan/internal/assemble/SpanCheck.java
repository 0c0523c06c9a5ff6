package io.github.pilotplan.internal.assemble;

import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.model.SourceSpan;
import java.util.Optional;
import java.util.function.Supplier;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanWriter;

/**
 * Checks that a plan points only into its own text: every span (of a task, a unit or town
 * mention, a stated deadline, a target, a section, a diagnostic) must lie within {@link
 * Plan#text()} and start at its column, after a line break or at the start of the text.
 *
 * <pre>{@code
 * SpanCheck.check(plan);   // IllegalStateException: "task (一) › 1: span 2:3 (offset 500, length 27)
 *                          //   ends past the text, which has 36 characters"
 * }</pre>
 *
 * <p>Run by {@link Plan}'s {@code @Value.Check}, so a plan read back from edited JSON fails with what
 * is wrong and where, instead of later in a {@code substring}. A plan without its text (an empty
 * {@code text()}: built by hand from a loaded plan's values, say, for {@link PlanWriter} to write
 * from its tasks' words) has no positions to hold to, and is not checked. Each span costs O(1), and the
 * message is built only on failure, so a plan of any size checks in time linear in its spans.
 */
public final class SpanCheck {

  private SpanCheck() {}

  /**
   * Checks every span of {@code plan}.
   *
   * @throws IllegalStateException naming the first span that does not fit and its owner
   */
  public static void check(Plan plan) {
    String text = plan.text();
    if (text.isEmpty()) {
      return;
    }
    // Each owner's description is built only when its span does not fit.
    for (Task t : plan.allTasks()) {
      if (!fits(text, t.source())) {
        check(text, t.source(), () -> "task " + t.pathText());
      }
      for (Mention<Unit> m : t.unitMentions()) {
        if (!fits(text, m.source())) {
          check(text, m.source(), () -> "task " + t.pathText() + ", unit " + m.value());
        }
      }
      for (Mention<Town> m : t.townMentions()) {
        if (!fits(text, m.source())) {
          check(text, m.source(), () -> "task " + t.pathText() + ", town " + m.value());
        }
      }
      for (Deadline d : t.statedDeadlines()) {
        if (!fits(text, d.source())) {
          check(text, d.source(), () -> "task " + t.pathText() + ", deadline " + d.text());
        }
      }
      for (Target g : t.targets()) {
        if (!fits(text, g.source())) {
          check(text, g.source(), () -> "task " + t.pathText() + ", target " + g.text());
        }
      }
    }
    for (Section s : plan.outline()) {
      checkSections(text, s);
    }
    for (Diagnostic d : plan.diagnostics()) {
      if (!fits(text, d.span())) {
        check(text, d.span(), () -> "diagnostic \"" + d.message() + "\"");
      }
    }
  }

  /** Checks {@code s} and the sections inside it, in the order of {@link Plan#sections()}. */
  private static void checkSections(String text, Section s) {
    Optional<SourceSpan> source = s.source(); // the generated accessor wraps a new Optional per call
    if (source.isPresent() && !fits(text, source.get())) {
      check(text, source.get(), () -> "section " + s.pathText());
    }
    for (Section child : s.children()) {
      checkSections(text, child);
    }
  }

  /** Whether {@code span} lies within {@code text} and starts at its column: what {@link #check} tests. */
  private static boolean fits(String text, SourceSpan span) {
    int end = span.endOffset();
    if (end > text.length() || end < 0) {
      return false;
    }
    int lineStart = span.offset() - (span.column() - 1);
    return lineStart == 0 || (lineStart > 0
        && (text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r'));
  }

  private static void check(String text, SourceSpan span, Supplier<String> where) {
    if (span.endOffset() > text.length() || span.endOffset() < 0) {
      throw new IllegalStateException(where.get() + ": span " + span + " (offset " + span.offset()
          + ", length " + span.length() + ") ends past the text, which has " + text.length() + " characters");
    }
    int lineStart = span.offset() - (span.column() - 1);
    if (lineStart < 0 || (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r')) {
      throw new IllegalStateException(where.get() + ": span " + span + " (offset " + span.offset()
          + ") does not start at column " + span.column() + " of a line of the text");
    }
  }
}
