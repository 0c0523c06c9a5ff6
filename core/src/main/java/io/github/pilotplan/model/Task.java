package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A statement that asks someone to do something: the paragraph under a numbered heading, or a
 * numbered item that carries its statement.
 *
 * <pre>{@code
 * // (1)2011年前,建立社会组织专职工作人员培训上岗制度,…   under 6、 whose paragraph names the units
 * task.path();                   // [(一), 6, (1)]
 * task.statedUnits();            // []
 * task.effectiveUnits();         // [市民政局, 市人事局, 市机编办, 市财政局]
 * task.unitsInherited();         // true
 * task.leadUnit();               // Optional[市民政局]
 * task.roleOf("市民政局");         // Optional[RESPONSIBLE]: listed first under 责任单位, not marked 牵头
 * task.effectiveDeadlines();     // [2011年前 (BEFORE –2011)]
 * }</pre>
 *
 * <p>Stated values are what the task's own words say; effective values are the stated ones, or, when
 * it states none, those of the nearest enclosing task that states some.
 */
@Value.Immutable
@PilotplanJson
public abstract class Task {

  Task() {}

  /** The labels from the root of the outline to the task's section. */
  @Value.Parameter
  public abstract ImmutableList<Label> path();

  /** The short heading the task's section or line opens with, where there is one. */
  @Value.Parameter
  public abstract Optional<String> title();

  /**
   * The statement, without its number, its title and its unit annotation. Like every string of the
   * model it is folded (full-width brackets, colons, commas, semicolons, digits and % to ASCII, odd
   * spaces to plain ones; see {@link Folding}); {@link #source()} points at the characters as
   * written.
   *
   * <p>A task read from a text holds its text as a range of that text (the plan's {@code text()})
   * where it can, and copies the characters out on each call: a task kept on its own keeps the
   * plan's text with it.
   */
  public final String text() {
    return getText().toString();
  }

  /**
   * The text as the task holds it: the attribute {@code text} (in JSON, in equality), most often a
   * range of the plan's text rather than a copy of it ({@link TaskText}).
   */
  @Value.Parameter
  abstract TaskText getText();

  /** The units its own annotation lists, in the order written. */
  @Value.Parameter
  public abstract ImmutableList<Unit> statedUnits();

  /** The stated units, or those inherited from the nearest enclosing task that states some. */
  @Value.Parameter
  public abstract ImmutableList<Unit> effectiveUnits();

  /** The unit marked 牵头 among the effective units, else the first of them. */
  @Value.Parameter
  public abstract Optional<Unit> leadUnit();

  /**
   * Each effective unit with the role its clause gives it, in the order of {@link
   * #effectiveUnits()}: LEAD for 牵头 (or the first listed under a 第一位为牵头 rule), RESPONSIBLE for
   * 责任单位 / 负责 / 落实, SUPPORTING for 配合 / 协办 / 参与, GUIDING for 指导. A unit a blanket clause
   * adds is RESPONSIBLE.
   */
  @Value.Parameter
  public abstract ImmutableList<UnitAssignment> roles();

  /**
   * The rules stated before this task (or in its own clause) that shaped its units: a 下同 rule that
   * made its first listed unit the lead, a blanket clause that added a unit. This is why a unit is
   * there, or why it leads, when the task's own words do not say so.
   */
  @Value.Parameter
  public abstract ImmutableList<CarriedRule> carriedRules();

  /** The deadlines its own words state, in text order. */
  @Value.Parameter
  public abstract ImmutableList<Deadline> statedDeadlines();

  /** The stated deadlines, or those inherited from the nearest enclosing task that states some. */
  @Value.Parameter
  public abstract ImmutableList<Deadline> effectiveDeadlines();

  /** How often the task repeats, where its words say (每年 → YEARLY). */
  @Value.Parameter
  public abstract Optional<Recurrence> recurrence();

  /** The towns the task's words (statement or unit annotation) name. */
  @Value.Parameter
  public abstract ImmutableList<Town> towns();

  /**
   * The divisions of China its words (statement or unit annotation) name, from the bundled
   * gazetteer ({@link io.github.pilotplan.Places}): 天河区, 黄江镇, 广东省.
   */
  @Value.Parameter
  public abstract ImmutableList<Place> places();

  /**
   * Each place its words name, with the span of the name as written (provenance, not part of
   * equality). Made on each call: the task holds the values and their spans' numbers.
   */
  public ImmutableList<Mention<Place>> placeMentions() {
    return getPlaceMentions().asList();
  }

  /** The attribute {@code placeMentions}, as the task holds it. */
  @Value.Auxiliary
  @Value.Parameter
  @Value.Default
  PackedMentions<Place> getPlaceMentions() {
    return PackedMentions.empty();
  }

  /** The quantities it commits to. */
  @Value.Parameter
  public abstract ImmutableList<Target> targets();

  /**
   * Each unit its own annotation names, with the span of the name as written (provenance, not
   * part of equality). Made on each call: the task holds the values and their spans' numbers.
   */
  public ImmutableList<Mention<Unit>> unitMentions() {
    return getUnitMentions().asList();
  }

  /** The attribute {@code unitMentions}, as the task holds it. */
  @Value.Auxiliary
  @Value.Parameter
  @Value.Default
  PackedMentions<Unit> getUnitMentions() {
    return PackedMentions.empty();
  }

  /**
   * Each place its words name a town, with the span of the name as written (provenance, not part
   * of equality). Made on each call: the task holds the values and their spans' numbers.
   */
  public ImmutableList<Mention<Town>> townMentions() {
    return getTownMentions().asList();
  }

  /** The attribute {@code townMentions}, as the task holds it. */
  @Value.Auxiliary
  @Value.Parameter
  @Value.Default
  PackedMentions<Town> getTownMentions() {
    return PackedMentions.empty();
  }

  /** The titles (without 《》) of the documents it must produce. */
  @Value.Parameter
  public abstract ImmutableList<String> deliverables();

  /**
   * The table row its units come from: its own row for a task of a task table, or the row of an
   * attachment's table that lends it its units; empty when they come from the text (its own
   * annotation, or an enclosing task's).
   */
  @Value.Parameter
  public abstract Optional<RowSource> unitSource();

  /** Where the statement stands, from its first character to the end of its annotation. */
  @Value.Auxiliary
  @Value.Parameter
  public abstract SourceSpan source();

  /** The canonical labels of {@link #path()}, e.g. {@code ["(一)", "6", "(1)"]}. */
  public final ImmutableList<String> pathLabels() {
    return Paths.texts(path());
  }

  /** The path joined with " › ", e.g. {@code (一) › 6 › (1)}. */
  public final String pathText() {
    return Paths.text(path());
  }

  /** The role of the named effective unit (name or alias), if it is one of them. */
  public final Optional<UnitRole> roleOf(String unitNameOrAlias) {
    Preconditions.checkNotNull(unitNameOrAlias, "unitNameOrAlias");
    for (UnitAssignment a : roles()) {
      if (a.unit().matches(unitNameOrAlias)) {
        return Optional.of(a.role());
      }
    }
    return Optional.empty();
  }

  /** The effective units in {@code role}, in order. */
  public final ImmutableList<Unit> unitsIn(UnitRole role) {
    Preconditions.checkNotNull(role, "role");
    return roles().stream().filter(a -> a.role() == role).map(UnitAssignment::unit)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the units come from an enclosing task. */
  public final boolean unitsInherited() {
    return statedUnits().isEmpty() && !effectiveUnits().isEmpty();
  }

  /** Whether the deadlines come from an enclosing task. */
  public final boolean deadlinesInherited() {
    return statedDeadlines().isEmpty() && !effectiveDeadlines().isEmpty();
  }

  /**
   * The year the task falls due: the year of its {@link #dueDate()}, which is the earliest due year
   * among the effective deadlines. {@code (一) › 6 › (1)} (2011年前) gives 2011.
   */
  public final OptionalInt earliestDueYear() {
    Optional<LocalDate> due = dueDate();
    return due.isPresent() ? OptionalInt.of(due.get().getYear()) : OptionalInt.empty();
  }

  /**
   * The effective deadline that falls due first (by {@link Deadline#dueDate()}); empty when no
   * effective deadline has a due date.
   */
  public final Optional<Deadline> firstDueDeadline() {
    Deadline best = null;
    for (Deadline d : effectiveDeadlines()) {
      Optional<LocalDate> due = d.dueDate();
      if (due.isPresent() && (best == null || due.get().isBefore(best.dueDate().orElseThrow()))) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The day the task falls due: the {@link Deadline#dueDate()} of its first-due effective
   * deadline. {@code (一) › 6 › (1)} (2011年前) gives 2011-12-31.
   */
  public final Optional<LocalDate> dueDate() {
    return firstDueDeadline().flatMap(Deadline::dueDate);
  }

  /**
   * Refuses a task whose lead unit is not among its effective units (a task read back from JSON
   * that was edited by hand, say).
   */
  @Value.Check
  final void check() {
    if (leadUnit().isPresent() && !effectiveUnits().contains(leadUnit().get())) {
      throw new IllegalStateException("task " + pathText() + ": the lead unit " + leadUnit().get()
          + " is not among its units " + effectiveUnits());
    }
  }

  /**
   * A task of every attribute, in the order they are declared. Unlike the {@linkplain #builder()
   * builder}, which copies each list it is given into a new one, this keeps the immutable lists it
   * is given: the tasks under one heading can share the units, roles and deadlines they inherit
   * (one list held once, not once per task), and a reader that creates many tasks does not copy
   * every list twice.
   */
  public static Task of(ImmutableList<Label> path, Optional<String> title, String text,
      ImmutableList<Unit> statedUnits, ImmutableList<Unit> effectiveUnits, Optional<Unit> leadUnit,
      ImmutableList<UnitAssignment> roles, ImmutableList<CarriedRule> carriedRules,
      ImmutableList<Deadline> statedDeadlines, ImmutableList<Deadline> effectiveDeadlines,
      Optional<Recurrence> recurrence, ImmutableList<Town> towns, ImmutableList<Place> places,
      ImmutableList<Mention<Place>> placeMentions, ImmutableList<Target> targets,
      ImmutableList<Mention<Unit>> unitMentions, ImmutableList<Mention<Town>> townMentions,
      ImmutableList<String> deliverables, Optional<RowSource> unitSource, SourceSpan source) {
    return ImmutableTask.of(path, title, TaskText.of(text), statedUnits, effectiveUnits, leadUnit,
        roles, carriedRules, statedDeadlines, effectiveDeadlines, recurrence, towns, places,
        PackedMentions.of(placeMentions, places), targets,
        PackedMentions.of(unitMentions, statedUnits), PackedMentions.of(townMentions, towns),
        deliverables, unitSource, source);
  }

  /**
   * As {@link #of(ImmutableList, Optional, String, ImmutableList, ImmutableList, Optional,
   * ImmutableList, ImmutableList, ImmutableList, ImmutableList, Optional, ImmutableList,
   * ImmutableList, ImmutableList, ImmutableList, ImmutableList, ImmutableList, ImmutableList,
   * Optional, SourceSpan) of}, the text being the characters {@code planText[textStart, textEnd)}
   * in {@linkplain Folding folded} form, the form of every string of the model (full-width
   * punctuation as ASCII): the task holds that range of the plan's text, not a copy of its
   * characters, and {@link #text()} copies them out, folded, when asked. A reader whose task texts
   * are stretches of the text it reads keeps the text once. The task equals, and hashes as, one
   * given the same (folded) characters as a string.
   *
   * <p>Such a task is one compact object of about 120 bytes: it keeps its span and the spans of
   * its mentions as numbers (the mentions, the span and the text are made when asked), where the
   * builder's task holds each as an object of its own. A plan of a thousand pages holds tens of
   * thousands of tasks.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code planText}
   * @throws IllegalStateException if the lead unit is not among the effective units
   */
  public static Task of(ImmutableList<Label> path, Optional<String> title, String planText,
      int textStart, int textEnd, ImmutableList<Unit> statedUnits,
      ImmutableList<Unit> effectiveUnits, Optional<Unit> leadUnit,
      ImmutableList<UnitAssignment> roles, ImmutableList<CarriedRule> carriedRules,
      ImmutableList<Deadline> statedDeadlines, ImmutableList<Deadline> effectiveDeadlines,
      Optional<Recurrence> recurrence, ImmutableList<Town> towns, ImmutableList<Place> places,
      ImmutableList<Mention<Place>> placeMentions, ImmutableList<Target> targets,
      ImmutableList<Mention<Unit>> unitMentions, ImmutableList<Mention<Town>> townMentions,
      ImmutableList<String> deliverables, Optional<RowSource> unitSource, SourceSpan source) {
    Preconditions.checkNotNull(placeMentions, "placeMentions");
    Preconditions.checkNotNull(unitMentions, "unitMentions");
    Preconditions.checkNotNull(townMentions, "townMentions");
    return new LoadedTask(path, title, planText, textStart, textEnd, statedUnits, effectiveUnits,
        leadUnit, roles, carriedRules, statedDeadlines, effectiveDeadlines, recurrence, towns, places,
        placeMentions, targets, unitMentions, townMentions, deliverables, unitSource, source);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds tasks. */
  public static final class Builder extends ImmutableTask.Builder {

    /** Sets the text: the statement, without its number, its title and its unit annotation. */
    public Builder text(String text) {
      return text(TaskText.of(text));
    }

    /** Sets the unit mentions: each unit the task's own annotation names, at its span. */
    public Builder unitMentions(List<Mention<Unit>> mentions) {
      return unitMentions(PackedMentions.of(mentions));
    }

    /** Sets the town mentions: each town the task's words name, at its span. */
    public Builder townMentions(List<Mention<Town>> mentions) {
      return townMentions(PackedMentions.of(mentions));
    }

    /** Sets the place mentions: each division of China the task's words name, at its span. */
    public Builder placeMentions(List<Mention<Place>> mentions) {
      return placeMentions(PackedMentions.of(mentions));
    }
  }

  /**
   * Tasks are equal when every attribute but the provenance is (the mentions and the span are
   * not compared), however each holds them: built, read from JSON or read from a plan's text.
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Task)) {
      return false;
    }
    Task o = (Task) another;
    return path().equals(o.path()) && getText().equals(o.getText()) && title().equals(o.title())
        && statedUnits().equals(o.statedUnits()) && effectiveUnits().equals(o.effectiveUnits())
        && leadUnit().equals(o.leadUnit()) && roles().equals(o.roles())
        && carriedRules().equals(o.carriedRules()) && statedDeadlines().equals(o.statedDeadlines())
        && effectiveDeadlines().equals(o.effectiveDeadlines()) && recurrence().equals(o.recurrence())
        && towns().equals(o.towns()) && places().equals(o.places()) && targets().equals(o.targets())
        && deliverables().equals(o.deliverables()) && unitSource().equals(o.unitSource());
  }

  /** A hash of what {@link #equals} compares, mixed as the generated value classes mix theirs. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + path().hashCode();
    h += (h << 5) + title().hashCode();
    h += (h << 5) + getText().hashCode();
    h += (h << 5) + statedUnits().hashCode();
    h += (h << 5) + effectiveUnits().hashCode();
    h += (h << 5) + leadUnit().hashCode();
    h += (h << 5) + roles().hashCode();
    h += (h << 5) + carriedRules().hashCode();
    h += (h << 5) + statedDeadlines().hashCode();
    h += (h << 5) + effectiveDeadlines().hashCode();
    h += (h << 5) + recurrence().hashCode();
    h += (h << 5) + towns().hashCode();
    h += (h << 5) + places().hashCode();
    h += (h << 5) + targets().hashCode();
    h += (h << 5) + deliverables().hashCode();
    h += (h << 5) + unitSource().hashCode();
    return h;
  }

  /** The path and the start of the text. */
  @Override
  public final String toString() {
    String head = text().length() > 30 ? text().substring(0, 30) + "…" : text();
    return pathText() + " " + head;
  }
}
