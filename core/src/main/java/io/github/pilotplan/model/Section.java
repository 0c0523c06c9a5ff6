package io.github.pilotplan.model;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A numbered node of the outline: 一、 / (一) / 1、 / (1) / ①, with its title where the line is a
 * heading and its children.
 *
 * <pre>{@code
 * Section s = plan.outline().get(1);   // (二)深化社区建设和基层管理与服务体制改革
 * s.label().text();                    // "(二)"
 * s.level();                           // Level.SECTION
 * s.title();                           // Optional[深化社区建设和基层管理与服务体制改革]
 * s.children().size();                 // 2
 * plan.outline().get(0).isInferred();  // true: the page starts inside (一)
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class Section {

  Section() {}

  /** The section's number. */
  @Value.Parameter
  public abstract Label label();

  /** The labels from the root of the outline down to and including this section. */
  @Value.Parameter
  public abstract ImmutableList<Label> path();

  /** The title, where the numbered line is (or opens with) a heading. */
  @Value.Parameter
  public abstract Optional<String> title();

  /** The sections numbered inside this one, in document order. */
  @Value.Parameter
  public abstract ImmutableList<Section> children();

  /**
   * Whether the text never shows this section's line: a page that starts inside (一) gets an
   * inferred (一) without a title.
   */
  @Value.Parameter
  public abstract boolean isInferred();

  /** Where the numbered line stands; empty for an inferred section (not part of equality). */
  @Value.Auxiliary
  @Value.Parameter
  public abstract Optional<SourceSpan> source();

  /** The level of {@link #label()}. */
  public final Level level() {
    return label().level();
  }

  /** The ordinal of {@link #label()}. */
  public final int ordinal() {
    return label().ordinal();
  }

  /** This section and all sections inside it, depth first in document order. */
  public final Stream<Section> flatten() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Section::flatten));
  }

  /** The canonical labels of {@link #path()}, e.g. {@code ["(一)", "6"]}. */
  public final ImmutableList<String> pathLabels() {
    return Paths.texts(path());
  }

  /** The path's canonical labels joined with " › ", e.g. {@code (一) › 6}. */
  public final String pathText() {
    return Paths.text(path());
  }

  /**
   * A section of every attribute, in the order they are declared. Unlike the {@linkplain
   * #builder() builder}, which copies each list it is given into a new one, this keeps the
   * immutable lists it is given: a section and the tasks of its own statements can hold one path.
   * The section holds its span's four numbers itself rather than a {@link SourceSpan} (a plan of a
   * thousand pages holds tens of thousands of sections), and makes the span when asked.
   */
  public static Section of(Label label, ImmutableList<Label> path, Optional<String> title,
      ImmutableList<Section> children, boolean isInferred, Optional<SourceSpan> source) {
    return new CompactSection(label, path, title, children, isInferred, source);
  }

  /**
   * Sections are equal when their label, path, title, children and inference are (the span is
   * provenance), however each holds them: built, read from JSON or made by {@link #of}.
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Section)) {
      return false;
    }
    Section o = (Section) another;
    return isInferred() == o.isInferred() && label().equals(o.label()) && path().equals(o.path())
        && title().equals(o.title()) && children().equals(o.children());
  }

  /** A hash of what {@link #equals} compares, mixed as the generated value classes mix theirs. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + label().hashCode();
    h += (h << 5) + path().hashCode();
    h += (h << 5) + title().hashCode();
    h += (h << 5) + children().hashCode();
    h += (h << 5) + Boolean.hashCode(isInferred());
    return h;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sections. */
  public static final class Builder extends ImmutableSection.Builder {}

  /** The path text and title. */
  @Override
  public final String toString() {
    return pathText() + title().map(t -> " " + t).orElse(isInferred() ? " (inferred)" : "");
  }
}
