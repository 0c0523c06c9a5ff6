package io.github.pilotplan.internal.outline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.util.Optional;
import java.util.OptionalInt;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceLine;

/**
 * What the outline stage makes of a page: the tree of numbered nodes, the document's metadata,
 * the page's own facts, the role of every non-blank line, and what could not be placed.
 *
 * <pre>{@code
 * PageOutline page = OutlineReader.read(SourceText.of(text));
 * page.title().map(Region::original);   // the document title line
 * page.roots();                          // [(一) (inferred), (二)]
 * page.roles().get(1);                   // LineRole.BOILERPLATE, the site banner
 * }</pre>
 */
public final class PageOutline {

  private final SourceText source;
  private final ImmutableList<OutlineNode> roots;
  private final Optional<Region> site;
  private final Optional<Region> title;
  private final Optional<String> titleText;
  private final ImmutableList<Region> metadata;
  private final boolean partial;
  private final OptionalInt totalPages;
  /** The role of each non-blank line, in line order. */
  private final ImmutableList<SourceLine> lines;
  private final ImmutableList<Diagnostic> diagnostics;

  PageOutline(SourceText source, ImmutableList<OutlineNode> roots, Optional<Region> site,
      Optional<Region> title, Optional<String> titleText, ImmutableList<Region> metadata, boolean partial, OptionalInt totalPages,
      ImmutableList<SourceLine> lines, ImmutableList<Diagnostic> diagnostics) {
    this.source = source;
    this.roots = roots;
    this.site = site;
    this.title = title;
    this.titleText = titleText;
    this.metadata = metadata;
    this.partial = partial;
    this.totalPages = totalPages;
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  /** The text that was read. */
  public SourceText source() {
    return source;
  }

  /** The outermost nodes, in document order. */
  public ImmutableList<OutlineNode> roots() {
    return roots;
  }

  /** The site banner line. */
  public Optional<Region> site() {
    return site;
  }

  /** The document title: one line, or the lines of a title split over two (see {@link #titleText()}). */
  public Optional<Region> title() {
    return title;
  }

  /**
   * The document title as one line: a title split over two or three lines ("国务院办公厅关于印发“无废城市”建设"
   * / "试点工作方案的通知") is joined, each part trimmed; a site's status note at its end ("(已废止)")
   * and 《》 around the whole title are not part of it.
   */
  public Optional<String> titleText() {
    return titleText;
  }

  /** Metadata lines other than the title: addressee, preamble, date, issuer. */
  public ImmutableList<Region> metadata() {
    return metadata;
  }

  /** Whether the page says it holds only part of the document. */
  public boolean isPartial() {
    return partial;
  }

  /** The page count its pagination gives. */
  public OptionalInt totalPages() {
    return totalPages;
  }

  /** The role of each non-blank line, by 1-based line number. */
  public ImmutableSortedMap<Integer, LineRole> roles() {
    ImmutableSortedMap.Builder<Integer, LineRole> map = ImmutableSortedMap.naturalOrder();
    for (SourceLine l : lines) {
      map.put(l.line(), l.role());
    }
    return map.build();
  }

  /** The role of each non-blank line, in line order: what {@link #roles()} holds, as a plan's lines. */
  public ImmutableList<SourceLine> lines() {
    return lines;
  }

  /** What could not be placed, and why. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
