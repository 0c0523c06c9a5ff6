package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Diagnostic;

/**
 * Everything the {@link Finder}s found in one statement, one field per form of annotation.
 *
 * <pre>{@code
 * Annotations a = annotator.annotate(region);   // "2012年前,制定《办法》。(责任单位:市民政局)"
 * a.units();          // [(责任单位:市民政局)]
 * a.deadlines();      // [2012年前]
 * a.deliverables();   // [办法]
 * }</pre>
 *
 * <p>Every list is in text order, and empty (never null) when its finder found nothing.
 */
public final class Annotations {

  private final ImmutableList<UnitAnnotation> units;
  private final ImmutableList<Deadline> deadlines;
  private final ImmutableList<Target> targets;
  private final ImmutableList<String> deliverables;
  private final ImmutableList<Mention<Place>> places;
  private final ImmutableList<Mention<Town>> towns;

  private Annotations(Builder b) {
    this.units = b.units;
    this.deadlines = b.deadlines;
    this.targets = b.targets;
    this.deliverables = b.deliverables;
    this.places = b.places;
    this.towns = b.towns;
  }

  /** The responsibility clauses: who leads, answers for, supports. */
  public ImmutableList<UnitAnnotation> units() {
    return units;
  }

  /** The deadlines. */
  public ImmutableList<Deadline> deadlines() {
    return deadlines;
  }

  /** The quantitative targets, each with the last deadline before it. */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /** The titles of the documents the statement asks for. */
  public ImmutableList<String> deliverables() {
    return deliverables;
  }

  /** The places named outside the responsibility clauses, resolved. */
  public ImmutableList<Mention<Place>> places() {
    return places;
  }

  /** The towns named. */
  public ImmutableList<Mention<Town>> towns() {
    return towns;
  }

  /**
   * The annotations of one statement while its finders run: each sets its own field, and reads the
   * fields of the finders declared before it.
   */
  public static final class Builder {
    private final Annotator annotator;
    private int finder;
    private ImmutableList<UnitAnnotation> units = ImmutableList.of();
    private ImmutableList<Deadline> deadlines = ImmutableList.of();
    private ImmutableList<Target> targets = ImmutableList.of();
    private ImmutableList<String> deliverables = ImmutableList.of();
    private ImmutableList<Mention<Place>> places = ImmutableList.of();
    private ImmutableList<Mention<Town>> towns = ImmutableList.of();

    Builder(Annotator annotator) {
      this.annotator = annotator;
    }

    /** Sets which finder runs: its diagnostics are kept apart, in the order of the finders. */
    void running(int finder) {
      this.finder = finder;
    }

    /** Reports what the running finder could not read, with where. */
    public void report(Diagnostic diagnostic) {
      annotator.report(finder, Preconditions.checkNotNull(diagnostic, "diagnostic"));
    }

    public ImmutableList<UnitAnnotation> units() {
      return units;
    }

    public Builder units(ImmutableList<UnitAnnotation> units) {
      this.units = Preconditions.checkNotNull(units, "units");
      return this;
    }

    public ImmutableList<Deadline> deadlines() {
      return deadlines;
    }

    public Builder deadlines(ImmutableList<Deadline> deadlines) {
      this.deadlines = Preconditions.checkNotNull(deadlines, "deadlines");
      return this;
    }

    public Builder targets(ImmutableList<Target> targets) {
      this.targets = Preconditions.checkNotNull(targets, "targets");
      return this;
    }

    public Builder deliverables(ImmutableList<String> deliverables) {
      this.deliverables = Preconditions.checkNotNull(deliverables, "deliverables");
      return this;
    }

    public Builder places(ImmutableList<Mention<Place>> places) {
      this.places = Preconditions.checkNotNull(places, "places");
      return this;
    }

    public Builder towns(ImmutableList<Mention<Town>> towns) {
      this.towns = Preconditions.checkNotNull(towns, "towns");
      return this;
    }

    Annotations build() {
      return new Annotations(this);
    }
  }
}
