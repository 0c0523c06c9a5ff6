package io.github.pilotplan.annotate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.text.PilotplanJson;
import io.github.pilotplan.text.SourceSpan;
import io.github.pilotplan.text.SourceText;
import io.github.pilotplan.text.TextParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A deadline as written in a plan, with its normalized kind and years (see {@link DeadlineKind}).
 *
 * <pre>{@code
 * Deadline d = Deadline.parse("2010年6月底前");
 * d.kind();          // BY_END_OF
 * d.dueYear();       // OptionalInt[2010]
 * d.dueMonth();      // OptionalInt[6]
 * d.isDueIn(2010);   // true
 * Deadline.parse("从2010年开始").isActiveIn(2030);   // true: FROM has no end
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Deadline {

  Deadline() {}

  /** The words (folded: full-width digits and punctuation become ASCII), e.g. {@code 到2010年底}. */
  public abstract String text();

  /** The normalized form. */
  public abstract DeadlineKind kind();

  /** The year work starts; present for {@link DeadlineKind#IN}, FROM and RANGE. */
  public abstract OptionalInt startYear();

  /** The year work is due; absent for {@link DeadlineKind#FROM}. */
  public abstract OptionalInt dueYear();

  /** The month (1–12) of the due year, where the text gives one (年底 is 12). */
  public abstract OptionalInt dueMonth();

  /** Where the words stand in the source text (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /** A builder; {@link #parse} is usually simpler. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deadlines; all years are checked when built. */
  public static final class Builder extends ImmutableDeadline.Builder {}

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

  /** Whether the deadline falls due in {@code year}; FROM deadlines never do. */
  public final boolean isDueIn(int year) {
    return dueYear().isPresent() && dueYear().getAsInt() == year;
  }

  /** Whether the deadline falls due in {@code year} or earlier. */
  public final boolean isDueBy(int year) {
    return dueYear().isPresent() && dueYear().getAsInt() <= year;
  }

  /**
   * Whether {@code year} lies in the deadline's span: from its start year (open when absent) to its
   * due year (open for FROM).
   */
  public final boolean isActiveIn(int year) {
    return (startYear().isEmpty() || startYear().getAsInt() <= year)
        && (dueYear().isEmpty() || year <= dueYear().getAsInt());
  }

  /**
   * The day the deadline falls due: the last day of the period it names — 31 December of the due
   * year, or the last day of the due month when it names one (年底 is December). Empty for a
   * deadline without a due year (FROM). Derived, so not a JSON property.
   *
   * <pre>{@code
   * Deadline.parse("2011年前").dueDate();        // Optional[2011-12-31]
   * Deadline.parse("2010年6月底前").dueDate();   // Optional[2010-06-30]
   * Deadline.parse("从2010年开始").dueDate();    // Optional.empty()
   * }</pre>
   */
  @JsonIgnore
  public final Optional<LocalDate> dueDate() {
    if (dueYear().isEmpty()) {
      return Optional.empty();
    }
    int month = dueMonth().isPresent() ? dueMonth().getAsInt() : 12;
    return Optional.of(YearMonth.of(dueYear().getAsInt(), month).atEndOfMonth());
  }

  /** Whether the deadline falls due before {@code date}, i.e. its {@link #dueDate()} is earlier. */
  public final boolean isDueBefore(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    Optional<LocalDate> due = dueDate();
    return due.isPresent() && due.get().isBefore(date);
  }

  /** Whether the deadline has no due year (FROM). Derived, so not a JSON property. */
  @JsonIgnore
  public final boolean isOpenEnded() {
    return dueYear().isEmpty();
  }

  @Value.Check
  final void check() {
    Preconditions.checkState(!text().isEmpty(), "a deadline's text must not be empty");
    boolean hasStart = startYear().isPresent();
    boolean hasDue = dueYear().isPresent();
    switch (kind()) {
      case FROM:
        Preconditions.checkState(hasStart && !hasDue, "FROM needs a start year and no due year: %s", text());
        break;
      case IN:
      case RANGE:
        Preconditions.checkState(hasStart && hasDue, "%s needs a start and a due year: %s", kind(), text());
        Preconditions.checkState(startYear().getAsInt() <= dueYear().getAsInt(),
            "start year after due year: %s", text());
        break;
      default:
        Preconditions.checkState(!hasStart && hasDue, "%s needs a due year and no start year: %s", kind(), text());
    }
    if (dueMonth().isPresent()) {
      int m = dueMonth().getAsInt();
      Preconditions.checkState(m >= 1 && m <= 12, "month out of range: %s", m);
      Preconditions.checkState(hasDue, "a month needs a due year: %s", text());
    }
  }

  /** {@code text (KIND start–due)}. */
  @Override
  public final String toString() {
    return text() + " (" + kind() + " " + (startYear().isPresent() ? startYear().getAsInt() : "")
        + "–" + (dueYear().isPresent() ? dueYear().getAsInt() : "")
        + (dueMonth().isPresent() ? "/" + dueMonth().getAsInt() : "") + ")";
  }
}
