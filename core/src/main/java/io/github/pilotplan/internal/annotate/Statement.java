package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.UnitNaming;
import io.github.pilotplan.internal.text.Folded;
import io.github.pilotplan.internal.text.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One statement as the {@link Finder}s read it: its region, its cleaned text, what is computed
 * from it once for all of them ({@link #folded()}), and what its document gives every statement.
 *
 * <pre>{@code
 * Statement s = annotator.statement(region);
 * s.text();        // the cleaned text every finder scans
 * s.folded();      // the same without invisible characters, computed on first use
 * s.planDate();    // the date relative deadlines count from, if the document states one
 * }</pre>
 */
public final class Statement {

  private final Region region;
  private final Annotator document;
  private Folded folded;
  private Candidates candidates;

  Statement(Region region, Annotator document) {
    this.region = region;
    this.document = document;
  }

  /** Where the statement stands. */
  public Region region() {
    return region;
  }

  /** The statement's cleaned text. */
  public String text() {
    return region.text();
  }

  /** The cleaned text without invisible format characters, for finders that read names. */
  public Folded folded() {
    Folded f = folded;
    if (f == null) {
      f = Folded.of(region);
      folded = f;
    }
    return f;
  }

  /** Where in {@link #text()} each finder may find something, read once for all of them. */
  Candidates candidates() {
    Candidates c = candidates;
    if (c == null) {
      c = Candidates.of(region);
      candidates = c;
    }
    return c;
  }

  /** How the document names its units. */
  public UnitNaming naming() {
    return document.naming();
  }

  /** The date relative deadlines (5年内, 次年) count from, where the document states one. */
  public Optional<LocalDate> planDate() {
    return document.planDate();
  }

  /** The places the document's title, issuer and preamble name: an ambiguous name resolves inside them. */
  public List<Place> home() {
    return document.home();
  }
}
