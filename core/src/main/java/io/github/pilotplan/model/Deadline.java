package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A deadline as written in a plan, with its normalized kind and years (see {@link DeadlineKind}).
 * The facade reads one from text ({@link io.github.pilotplan.Deadlines#parse}).
 *
 * <pre>{@code
 * Deadline d = Deadlines.parse("2010年6月底前");
 * d.kind();          // BY_END_OF
 * d.dueYear();       // OptionalInt[2010]
 * d.dueMonth();      // OptionalInt[6]
 * d.isDueIn(2010);   // true
 * Deadlines.parse("从2010年开始").isActiveIn(2030);   // true: FROM has no end
 * Deadlines.parse("2013年6月30日前").dueDate();       // Optional[2013-06-30], kind BEFORE
 * Deadlines.parse("2019年第三季度").startDate();      // Optional[2019-07-01]; due 2019-09-30
 * Deadlines.parse("到“十二五”末").dueDate();         // Optional[2015-12-31]
 * Deadlines.parse("5年内").spanMonths();              // OptionalInt[60]: WITHIN, unanchored
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

  /** The day of the due month, where the text gives one ({@code 2013年6月30日前} → 30). */
  public abstract OptionalInt dueDay();

  /** The month (1–12) work starts in, where it is not January: 7 for {@code 2019年第三季度}. */
  public abstract OptionalInt startMonth();

  /** The day work starts on, where it is not the first of the start month (anchored WITHIN). */
  public abstract OptionalInt startDay();

  /**
   * The length in months of a {@link DeadlineKind#WITHIN} span: 60 for {@code 5年内}, 24 for
   * {@code 用2年左右时间}, 6 for {@code 半年内}.
   */
  public abstract OptionalInt spanMonths();

  /** How often a {@link DeadlineKind#RECURRING} deadline comes back: 每年12月底前 is YEARLY. */
  public abstract Optional<Recurrence> recurrence();

  /**
   * For a deadline written relative to another year that the text does not state ({@code
   * 次年3月底前} in a plan without a date), how many years after that year it falls: 1. Absent
   * when the year is known (then {@link #dueYear()} holds it).
   */
  public abstract OptionalInt yearsAfter();

  /** Where the words stand in the source text (provenance, not part of equality). */
  @Value.Auxiliary
  public abstract SourceSpan source();

  /**
   * A deadline of this one's values at {@code source}: it holds this deadline's values (not a copy
   * of them) and the four numbers of the span. A loader that reads 2012年前 in a thousand places
   * keeps the deadline's values once and a span for each place. Equal to this deadline, the span
   * being provenance.
   *
   * <pre>{@code
   * Deadline d = task.statedDeadlines().get(0);       // 2011年前 at 12:3
   * d.withSource(SourceSpan.of(40, 7, 2200, 5));       // 2011年前 at 40:7
   * }</pre>
   */
  public final Deadline withSource(SourceSpan source) {
    Preconditions.checkNotNull(source, "source");
    return new SpannedDeadline(this instanceof SpannedDeadline ? ((SpannedDeadline) this).values() : this,
        source);
  }

  /**
   * Deadlines are equal when their values are (every attribute but the span), whether built,
   * read from JSON or given a span by {@link #withSource}.
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Deadline)) {
      return false;
    }
    Deadline o = (Deadline) another;
    return kind() == o.kind() && text().equals(o.text()) && dueYear().equals(o.dueYear())
        && startYear().equals(o.startYear()) && dueMonth().equals(o.dueMonth())
        && dueDay().equals(o.dueDay()) && startMonth().equals(o.startMonth())
        && startDay().equals(o.startDay()) && spanMonths().equals(o.spanMonths())
        && recurrence().equals(o.recurrence()) && yearsAfter().equals(o.yearsAfter());
  }

  /** A hash of the values {@link #equals} compares, mixed as the generated value classes mix theirs. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + text().hashCode();
    h += (h << 5) + kind().hashCode();
    h += (h << 5) + startYear().hashCode();
    h += (h << 5) + dueYear().hashCode();
    h += (h << 5) + dueMonth().hashCode();
    h += (h << 5) + dueDay().hashCode();
    h += (h << 5) + startMonth().hashCode();
    h += (h << 5) + startDay().hashCode();
    h += (h << 5) + spanMonths().hashCode();
    h += (h << 5) + recurrence().hashCode();
    h += (h << 5) + yearsAfter().hashCode();
    return h;
  }

  /** A builder; {@link io.github.pilotplan.Deadlines#parse} is usually simpler. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deadlines; all years are checked when built. */
  public static final class Builder extends ImmutableDeadline.Builder {}

  /** Whether the deadline falls due in {@code year}; FROM deadlines never do. */
  public final boolean isDueIn(int year) {
    OptionalInt due = dueYear();
    return due.isPresent() && due.getAsInt() == year;
  }

  /** Whether the deadline falls due in {@code year} or earlier. */
  public final boolean isDueBy(int year) {
    OptionalInt due = dueYear();
    return due.isPresent() && due.getAsInt() <= year;
  }

  /**
   * Whether {@code year} lies in the deadline's span: from its start year (open when absent) to its
   * due year (open for FROM).
   */
  public final boolean isActiveIn(int year) {
    return startYear().orElse(year) <= year && year <= dueYear().orElse(year);
  }

  /**
   * The day the deadline falls due: the last day of the period it names — 31 December of the due
   * year, or the last day of the due month when it names one (年底 is December). Empty for a
   * deadline without a due year (FROM). Derived, so not a JSON property.
   *
   * <pre>{@code
   * Deadlines.parse("2011年前").dueDate();        // Optional[2011-12-31]
   * Deadlines.parse("2010年6月底前").dueDate();   // Optional[2010-06-30]
   * Deadlines.parse("从2010年开始").dueDate();    // Optional.empty()
   * }</pre>
   */
  @JsonIgnore
  public final Optional<LocalDate> dueDate() {
    OptionalInt year = dueYear();
    if (year.isEmpty()) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(year.getAsInt(), dueMonth().orElse(12));
    OptionalInt day = dueDay();
    return Optional.of(day.isPresent() ? ym.atDay(day.getAsInt()) : ym.atEndOfMonth());
  }

  /** Whether the deadline falls due before {@code date}, i.e. its {@link #dueDate()} is earlier. */
  public final boolean isDueBefore(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    Optional<LocalDate> due = dueDate();
    return due.isPresent() && due.get().isBefore(date);
  }

  /**
   * The first day of the period the deadline names, where it has a start: 1 January of the start
   * year, or the first day of its start month (a quarter, a half-year), or the plan's date for an
   * anchored WITHIN. Derived, so not a JSON property.
   *
   * <pre>{@code
   * Deadlines.parse("2019年第三季度").startDate();   // Optional[2019-07-01]
   * Deadlines.parse("2018—2020年").startDate();      // Optional[2018-01-01]
   * Deadlines.parse("2012年前").startDate();          // Optional.empty()
   * }</pre>
   */
  @JsonIgnore
  public final Optional<LocalDate> startDate() {
    OptionalInt year = startYear();
    if (year.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year.getAsInt(), startMonth().orElse(1), startDay().orElse(1)));
  }

  /**
   * The next day a {@link DeadlineKind#RECURRING} deadline falls due on or after {@code day}; for
   * any other kind, its {@link #dueDate()} if that is not before {@code day}.
   *
   * <pre>{@code
   * Deadlines.parse("每年12月底前").nextDueDate(LocalDate.of(2019, 3, 1));   // Optional[2019-12-31]
   * Deadlines.parse("每月10日前").nextDueDate(LocalDate.of(2019, 3, 11));    // Optional[2019-04-10]
   * }</pre>
   */
  public final Optional<LocalDate> nextDueDate(LocalDate day) {
    Preconditions.checkNotNull(day, "day");
    if (kind() != DeadlineKind.RECURRING || recurrence().isEmpty()) {
      return dueDate().filter(d -> !d.isBefore(day));
    }
    return Optional.of(next(recurrence().get(), day));
  }

  /** The first day on or after {@code day} that the recurrence falls due. */
  private LocalDate next(Recurrence r, LocalDate day) {
    for (YearMonth ym = YearMonth.from(day); ; ym = ym.plusMonths(1)) {
      int m = ym.getMonthValue();
      boolean due;
      switch (r) {
        case YEARLY:
          due = m == (dueMonth().isPresent() ? dueMonth().getAsInt() : 12);
          break;
        case HALF_YEARLY:
          due = m % 6 == 0;
          break;
        case QUARTERLY:
          due = m % 3 == 0;
          break;
        default:
          due = true;
      }
      if (due) {
        LocalDate d = dueDay().isPresent() && ym.isValidDay(dueDay().getAsInt())
            ? ym.atDay(dueDay().getAsInt()) : ym.atEndOfMonth();
        if (!d.isBefore(day)) {
          return d;
        }
      }
    }
  }

  /** Whether the deadline has no due year (FROM). Derived, so not a JSON property. */
  @JsonIgnore
  public final boolean isOpenEnded() {
    return dueYear().isEmpty();
  }

  @Value.Check
  final void check() {
    // Each optional read once: the generated accessors box a new OptionalInt on every call.
    String text = text();
    OptionalInt startYear = startYear();
    OptionalInt dueYear = dueYear();
    OptionalInt dueMonth = dueMonth();
    OptionalInt dueDay = dueDay();
    OptionalInt startMonth = startMonth();
    OptionalInt startDay = startDay();
    OptionalInt spanMonths = spanMonths();
    OptionalInt yearsAfter = yearsAfter();
    Optional<Recurrence> recurrence = recurrence();
    Preconditions.checkState(!text.isEmpty(), "a deadline's text must not be empty");
    boolean hasStart = startYear.isPresent();
    boolean hasDue = dueYear.isPresent();
    switch (kind()) {
      case FROM:
        Preconditions.checkState(hasStart && !hasDue, "FROM needs a start year and no due year: %s", text);
        break;
      case IN:
      case RANGE:
        Preconditions.checkState(hasStart && hasDue, "%s needs a start and a due year: %s", kind(), text);
        Preconditions.checkState(startYear.getAsInt() <= dueYear.getAsInt(), "start year after due year: %s", text);
        break;
      case WITHIN:
        Preconditions.checkState(spanMonths.isPresent() && spanMonths.getAsInt() > 0,
            "WITHIN needs a span of months: %s", text);
        Preconditions.checkState(hasStart == hasDue, "WITHIN is anchored at both ends or neither: %s", text);
        break;
      case ONGOING:
        Preconditions.checkState(!hasStart && !hasDue, "ONGOING has no years: %s", text);
        break;
      case RECURRING:
        Preconditions.checkState(recurrence.isPresent(), "RECURRING needs a recurrence: %s", text);
        break;
      default:
        Preconditions.checkState(!hasStart && (hasDue || yearsAfter.isPresent()),
            "%s needs a due year and no start year: %s", kind(), text);
    }
    Preconditions.checkState(kind() == DeadlineKind.WITHIN || spanMonths.isEmpty(), "only WITHIN has a span: %s", text);
    Preconditions.checkState(kind() == DeadlineKind.RECURRING || recurrence.isEmpty(),
        "only RECURRING has a recurrence: %s", text);
    Preconditions.checkState(!hasDue || yearsAfter.isEmpty(), "a relative year needs no due year: %s", text);
    if (dueMonth.isPresent()) {
      int m = dueMonth.getAsInt();
      Preconditions.checkState(m >= 1 && m <= 12, "month out of range: %s", m);
      Preconditions.checkState(hasDue || yearsAfter.isPresent() || kind() == DeadlineKind.RECURRING,
          "a month needs a due year: %s", text);
    }
    if (dueDay.isPresent()) {
      int d = dueDay.getAsInt();
      Preconditions.checkState(d >= 1 && d <= 31, "day out of range: %s", d);
      Preconditions.checkState(dueMonth.isPresent() || recurrence.equals(Optional.of(Recurrence.MONTHLY)),
          "a day needs a month: %s", text);
      if (hasDue) {
        Preconditions.checkState(YearMonth.of(dueYear.getAsInt(), dueMonth.getAsInt()).isValidDay(d),
            "no such day: %s", text);
      }
    }
    if (startMonth.isPresent()) {
      int m = startMonth.getAsInt();
      Preconditions.checkState(m >= 1 && m <= 12 && hasStart, "a start month needs a start year: %s", text);
    }
    if (startDay.isPresent()) {
      Preconditions.checkState(startMonth.isPresent()
          && YearMonth.of(startYear.getAsInt(), startMonth.getAsInt()).isValidDay(startDay.getAsInt()),
          "a start day needs a start month: %s", text);
    }
    if (hasStart && hasDue) {
      Preconditions.checkState(!startDate().get().isAfter(dueDate().get()), "start after due: %s", text);
    }
  }

  /** {@code text (KIND start–due)}. */
  @Override
  public final String toString() {
    return text() + " (" + kind() + " " + (startYear().isPresent() ? startYear().getAsInt() : "")
        + "–" + (dueYear().isPresent() ? dueYear().getAsInt() : "")
        + (dueMonth().isPresent() ? "/" + dueMonth().getAsInt() : "")
        + (dueDay().isPresent() ? "/" + dueDay().getAsInt() : "") + ")";
  }
}
