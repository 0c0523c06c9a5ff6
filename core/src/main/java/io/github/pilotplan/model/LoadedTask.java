package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Task} as a reader makes it from a plan's text ({@link Task#of(ImmutableList, Optional,
 * String, int, int, ImmutableList, ImmutableList, Optional, ImmutableList, ImmutableList,
 * ImmutableList, ImmutableList, Optional, ImmutableList, ImmutableList, ImmutableList,
 * ImmutableList, ImmutableList, ImmutableList, ImmutableList, Optional, SourceSpan) Task.of}): it
 * holds its text as a range of the plan's text, its span as four numbers and the spans of all its
 * unit, town and place mentions in one array of numbers, in one object of 120 bytes where the
 * generated form holds a {@link TaskText}, a {@link SourceSpan} and three {@link PackedMentions}
 * beside its 96 bytes. Each of those is made when asked. It equals, hashes and writes to JSON as the
 * generated form of the same attributes, which JSON reads back into.
 */
final class LoadedTask extends Task {

  private final ImmutableList<Label> path;
  private final String title;
  private final String planText;
  private final int textStart;
  private final int textEnd;
  private final ImmutableList<Unit> statedUnits;
  private final ImmutableList<Unit> effectiveUnits;
  private final Unit leadUnit;
  private final ImmutableList<UnitAssignment> roles;
  private final ImmutableList<CarriedRule> carriedRules;
  private final ImmutableList<Deadline> statedDeadlines;
  private final ImmutableList<Deadline> effectiveDeadlines;
  private final Recurrence recurrence;
  private final ImmutableList<Town> towns;
  private final ImmutableList<Place> places;
  private final ImmutableList<Target> targets;
  private final ImmutableList<String> deliverables;
  private final RowSource unitSource;
  private final int line;
  private final int column;
  private final int offset;
  private final int length;
  /** What the unit, town and place mentions name, in order: most often the lists above themselves. */
  private final ImmutableList<Unit> unitsNamed;
  private final ImmutableList<Town> townsNamed;
  private final ImmutableList<Place> placesNamed;
  /**
   * The spans of the unit mentions, then the town mentions, then the place mentions, as {@link
   * PackedMentions#write} writes them: two numbers each when all start on the task's line (its
   * length then being twice the number of mentions), else four; {@code null} without mentions.
   */
  private final int[] mentionNumbers;

  LoadedTask(ImmutableList<Label> path, Optional<String> title, String planText, int textStart,
      int textEnd, ImmutableList<Unit> statedUnits, ImmutableList<Unit> effectiveUnits,
      Optional<Unit> leadUnit, ImmutableList<UnitAssignment> roles,
      ImmutableList<CarriedRule> carriedRules, ImmutableList<Deadline> statedDeadlines,
      ImmutableList<Deadline> effectiveDeadlines, Optional<Recurrence> recurrence,
      ImmutableList<Town> towns, ImmutableList<Place> places,
      List<Mention<Place>> placeMentions, ImmutableList<Target> targets,
      List<Mention<Unit>> unitMentions, List<Mention<Town>> townMentions,
      ImmutableList<String> deliverables, Optional<RowSource> unitSource, SourceSpan source) {
    Preconditions.checkNotNull(planText, "planText");
    Preconditions.checkPositionIndexes(textStart, textEnd, planText.length());
    this.path = Objects.requireNonNull(path, "path");
    this.title = Objects.requireNonNull(title, "title").orElse(null);
    this.planText = planText;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.statedUnits = Objects.requireNonNull(statedUnits, "statedUnits");
    this.effectiveUnits = Objects.requireNonNull(effectiveUnits, "effectiveUnits");
    this.leadUnit = Objects.requireNonNull(leadUnit, "leadUnit").orElse(null);
    this.roles = Objects.requireNonNull(roles, "roles");
    this.carriedRules = Objects.requireNonNull(carriedRules, "carriedRules");
    this.statedDeadlines = Objects.requireNonNull(statedDeadlines, "statedDeadlines");
    this.effectiveDeadlines = Objects.requireNonNull(effectiveDeadlines, "effectiveDeadlines");
    this.recurrence = Objects.requireNonNull(recurrence, "recurrence").orElse(null);
    this.towns = Objects.requireNonNull(towns, "towns");
    this.places = Objects.requireNonNull(places, "places");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.deliverables = Objects.requireNonNull(deliverables, "deliverables");
    this.unitSource = Objects.requireNonNull(unitSource, "unitSource").orElse(null);
    Objects.requireNonNull(source, "source");
    this.line = source.line();
    this.column = source.column();
    this.offset = source.offset();
    this.length = source.length();
    this.unitsNamed = PackedMentions.values(unitMentions, statedUnits);
    this.townsNamed = PackedMentions.values(townMentions, towns);
    this.placesNamed = PackedMentions.values(placeMentions, places);
    int count = unitMentions.size() + townMentions.size() + placeMentions.size();
    if (count == 0) {
      this.mentionNumbers = null;
    } else {
      boolean twoEach = PackedMentions.twoNumbersEach(line, unitMentions)
          && PackedMentions.twoNumbersEach(line, townMentions)
          && PackedMentions.twoNumbersEach(line, placeMentions);
      int[] numbers = new int[count * (twoEach ? 2 : 4)];
      int at = PackedMentions.write(unitMentions, twoEach, numbers, 0);
      at = PackedMentions.write(townMentions, twoEach, numbers, at);
      PackedMentions.write(placeMentions, twoEach, numbers, at);
      this.mentionNumbers = numbers;
    }
    check();
  }

  @Override
  public ImmutableList<Label> path() {
    return path;
  }

  @Override
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  @Override
  TaskText getText() {
    return TaskText.range(planText, textStart, textEnd);
  }

  @Override
  public ImmutableList<Unit> statedUnits() {
    return statedUnits;
  }

  @Override
  public ImmutableList<Unit> effectiveUnits() {
    return effectiveUnits;
  }

  @Override
  public Optional<Unit> leadUnit() {
    return Optional.ofNullable(leadUnit);
  }

  @Override
  public ImmutableList<UnitAssignment> roles() {
    return roles;
  }

  @Override
  public ImmutableList<CarriedRule> carriedRules() {
    return carriedRules;
  }

  @Override
  public ImmutableList<Deadline> statedDeadlines() {
    return statedDeadlines;
  }

  @Override
  public ImmutableList<Deadline> effectiveDeadlines() {
    return effectiveDeadlines;
  }

  @Override
  public Optional<Recurrence> recurrence() {
    return Optional.ofNullable(recurrence);
  }

  @Override
  public ImmutableList<Town> towns() {
    return towns;
  }

  @Override
  public ImmutableList<Place> places() {
    return places;
  }

  @Override
  PackedMentions<Place> getPlaceMentions() {
    return mentions(placesNamed, unitsNamed.size() + townsNamed.size());
  }

  @Override
  public ImmutableList<Target> targets() {
    return targets;
  }

  @Override
  PackedMentions<Unit> getUnitMentions() {
    return mentions(unitsNamed, 0);
  }

  @Override
  PackedMentions<Town> getTownMentions() {
    return mentions(townsNamed, unitsNamed.size());
  }

  /** The mentions of {@code values}, the first being mention {@code from} of {@link #mentionNumbers}. */
  private <T> PackedMentions<T> mentions(ImmutableList<T> values, int from) {
    return mentionNumbers == null ? PackedMentions.empty()
        : PackedMentions.of(values, twoNumbersEach(), line, mentionNumbers, from);
  }

  /** As {@link #mentions}, made straight from the numbers. */
  private <T> ImmutableList<Mention<T>> mentionList(ImmutableList<T> values, int from) {
    return mentionNumbers == null ? ImmutableList.of()
        : PackedMentions.mentions(values, twoNumbersEach(), line, mentionNumbers, from);
  }

  /** Whether {@link #mentionNumbers} holds two numbers a mention (all on the task's line). */
  private boolean twoNumbersEach() {
    return mentionNumbers.length == 2 * (unitsNamed.size() + townsNamed.size() + placesNamed.size());
  }

  @Override
  public ImmutableList<Mention<Unit>> unitMentions() {
    return mentionList(unitsNamed, 0);
  }

  @Override
  public ImmutableList<Mention<Town>> townMentions() {
    return mentionList(townsNamed, unitsNamed.size());
  }

  @Override
  public ImmutableList<Mention<Place>> placeMentions() {
    return mentionList(placesNamed, unitsNamed.size() + townsNamed.size());
  }

  @Override
  public ImmutableList<String> deliverables() {
    return deliverables;
  }

  @Override
  public Optional<RowSource> unitSource() {
    return Optional.ofNullable(unitSource);
  }

  /** The span, built from the numbers held (a new instance each call, equal to the one given). */
  @Override
  public SourceSpan source() {
    return SourceSpan.of(line, column, offset, length);
  }

  /** The generated form of the same attributes, which Jackson writes. */
  @JsonValue
  Task toJson() {
    return ImmutableTask.of(path, title(), getText(), statedUnits, effectiveUnits, leadUnit(), roles,
        carriedRules, statedDeadlines, effectiveDeadlines, recurrence(), towns, places,
        getPlaceMentions(), targets, getUnitMentions(), getTownMentions(), deliverables,
        unitSource(), source());
  }
}
