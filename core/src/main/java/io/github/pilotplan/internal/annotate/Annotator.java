package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.UnitNaming;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns each statement of one document into its {@link Annotations}, running the {@link Finder}s
 * in the order declared in {@link #FINDERS}: a finder may read what an earlier one found.
 *
 * <pre>{@code
 * Annotator annotator = new Annotator(UnitNaming.standard(), Optional.empty(), List.of());
 * Annotations a = annotator.annotate(region);   // "到2010年,…(责任单位:市民政局、市委组织部)"
 * a.deadlines();                               // [到2010年]
 * a.units().get(0).units();                    // [市民政局, 市委组织部]
 * annotator.diagnostics();                     // what the finders could not read, in text order
 * }</pre>
 *
 * <p>One annotator serves one document and one thread: it collects the document's diagnostics.
 * {@link #annotateAll} reads many statements at once on several threads, each part with an
 * annotator of its own whose reports join this one's in text order: the same annotations and
 * diagnostics as one thread reading them in order.
 */
public final class Annotator {

  /**
   * The finders, in the order they run. Units come first (a place inside a responsibility clause
   * names who does the work, not where); targets after deadlines (each target takes the last
   * deadline before it).
   */
  static final ImmutableList<Finder> FINDERS = ImmutableList.of(
      UnitAnnotationGrammar.FINDER,
      DeadlineGrammar.FINDER,
      TargetGrammar.FINDER,
      DeliverableGrammar.FINDER,
      PlaceGrammar.FINDER,
      TownGrammar.FINDER);

  private final UnitNaming naming;
  private final Optional<LocalDate> planDate;
  private final ImmutableList<Place> home;
  /** What each finder reported, in the order of {@link #FINDERS}; created on the first report. */
  private List<List<Diagnostic>> reported;

  /**
   * An annotator for a document that names its units with {@code naming}, counts relative deadlines
   * from {@code planDate} and names {@code home} as its own places.
   */
  public Annotator(UnitNaming naming, Optional<LocalDate> planDate, List<Place> home) {
    this.naming = Preconditions.checkNotNull(naming, "naming");
    this.planDate = Preconditions.checkNotNull(planDate, "planDate");
    this.home = ImmutableList.copyOf(home);
  }

  /** The annotations of the statement {@code region}. */
  public Annotations annotate(Region region) {
    Statement statement = new Statement(region, this);
    Annotations.Builder found = new Annotations.Builder(this);
    for (int i = 0; i < FINDERS.size(); i++) {
      found.running(i);
      FINDERS.get(i).find(statement, found);
    }
    return found.build();
  }

  /**
   * The text, in characters, below which {@link #annotateAll} reads on the calling thread alone:
   * starting threads costs more than reading a plan of a few pages takes.
   */
  static final int PARALLEL_MIN_CHARS = 100_000;

  /**
   * The annotations of each of {@code statements}, in their order: read as {@link #annotate} reads
   * them one after another, but, when they hold at least {@link #PARALLEL_MIN_CHARS} characters
   * and {@code workers} has more than one thread, in contiguous parts on those threads. Each part
   * has an annotator of its own; their diagnostics are added to this one's afterwards, part after
   * part, so {@link #diagnostics()} gives what reading them in order gives.
   */
  public List<Annotations> annotateAll(List<Region> statements, Workers workers) {
    Preconditions.checkNotNull(statements, "statements");
    Preconditions.checkNotNull(workers, "workers");
    int n = statements.size();
    long chars = 0;
    for (Region r : statements) {
      chars += r.length();
    }
    Annotations[] out = new Annotations[n];
    if (workers.threads() == 1 || chars < PARALLEL_MIN_CHARS) {
      for (int i = 0; i < n; i++) {
        out[i] = annotate(statements.get(i));
      }
      return java.util.Arrays.asList(out);
    }
    // A few parts per thread, so that a thread that finishes early takes another one.
    int parts = Math.min(n, workers.threads() * 4);
    Annotator[] each = new Annotator[parts];
    workers.run(parts, part -> {
      Annotator a = new Annotator(naming, planDate, home);
      int from = (int) ((long) n * part / parts);
      int to = (int) ((long) n * (part + 1) / parts);
      for (int i = from; i < to; i++) {
        out[i] = a.annotate(statements.get(i));
      }
      each[part] = a;
    });
    // The latch in Workers.run orders the parts' writes before these reads.
    for (Annotator a : each) {
      if (a.reported != null) {
        for (int f = 0; f < FINDERS.size(); f++) {
          for (Diagnostic d : a.reported.get(f)) {
            report(f, d);
          }
        }
      }
    }
    return java.util.Arrays.asList(out);
  }

  /**
   * What the finders could not read so far: each finder's reports in the order it made them, the
   * finders in their declared order, then sorted (stably) by where they stand.
   */
  public List<Diagnostic> diagnostics() {
    if (reported == null) {
      return ImmutableList.of();
    }
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> d : reported) {
      all.addAll(d);
    }
    all.sort(Comparator.comparingInt(d -> d.span().offset()));
    return all;
  }

  UnitNaming naming() {
    return naming;
  }

  Optional<LocalDate> planDate() {
    return planDate;
  }

  ImmutableList<Place> home() {
    return home;
  }

  void report(int finder, Diagnostic diagnostic) {
    if (reported == null) {
      reported = new ArrayList<>(FINDERS.size());
      for (int i = 0; i < FINDERS.size(); i++) {
        reported.add(new ArrayList<>(0));
      }
    }
    reported.get(finder).add(diagnostic);
  }
}
