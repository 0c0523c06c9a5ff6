package io.github.pilotplan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Section} as {@link Section#of} makes it: the four numbers of its span held in the
 * section itself (48 bytes, where the generated form takes 40 and its span 24 more). It equals,
 * hashes and writes to JSON as the generated form of the same attributes, which JSON reads back
 * into.
 */
final class CompactSection extends Section {

  private final Label label;
  private final ImmutableList<Label> path;
  private final String title;
  private final ImmutableList<Section> children;
  private final boolean isInferred;
  /** The span's line, or 0 for a section without one. */
  private final int line;
  private final int column;
  private final int offset;
  private final int length;

  CompactSection(Label label, ImmutableList<Label> path, Optional<String> title,
      ImmutableList<Section> children, boolean isInferred, Optional<SourceSpan> source) {
    this.label = Objects.requireNonNull(label, "label");
    this.path = Objects.requireNonNull(path, "path");
    this.title = title.orElse(null);
    this.children = Objects.requireNonNull(children, "children");
    this.isInferred = isInferred;
    SourceSpan span = source.orElse(null);
    this.line = span == null ? 0 : span.line();
    this.column = span == null ? 0 : span.column();
    this.offset = span == null ? 0 : span.offset();
    this.length = span == null ? 0 : span.length();
  }

  @Override
  public Label label() {
    return label;
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
  public ImmutableList<Section> children() {
    return children;
  }

  @Override
  public boolean isInferred() {
    return isInferred;
  }

  /** The span, built from the numbers held (a new instance each call, equal to the one given). */
  @Override
  public Optional<SourceSpan> source() {
    return line == 0 ? Optional.empty() : Optional.of(SourceSpan.of(line, column, offset, length));
  }

  /** The generated form of the same attributes, which Jackson writes. */
  @JsonValue
  Section toJson() {
    return ImmutableSection.of(label, path, title(), children, isInferred, source());
  }
}
