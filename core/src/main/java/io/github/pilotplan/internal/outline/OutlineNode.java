package io.github.pilotplan.internal.outline;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Region;
import java.util.Optional;
import io.github.pilotplan.model.Label;

/**
 * A numbered node as the outline stage reads it: its label, its title where the line is a heading,
 * the statements (as regions of the source) that belong to it, and its children.
 *
 * <pre>{@code
 * OutlineNode six = outline.roots().get(0).children().get(3);   // 6、加强社会组织人才队伍建设
 * six.title();        // Optional[加强社会组织人才队伍建设]
 * six.statements();   // the paragraph "到2011年,制定…(责任单位:…)"
 * }</pre>
 */
public final class OutlineNode {

  private final Label label;
  private final boolean inferred;
  private final Optional<Region> line;
  private final Optional<String> title;
  private final boolean titleOnStatementLine;
  private final ImmutableList<Region> statements;
  private final ImmutableList<OutlineNode> children;

  OutlineNode(Label label, boolean inferred, Optional<Region> line, Optional<String> title,
      boolean titleOnStatementLine, ImmutableList<Region> statements, ImmutableList<OutlineNode> children) {
    this.label = label;
    this.inferred = inferred;
    this.line = line;
    this.title = title;
    this.titleOnStatementLine = titleOnStatementLine;
    this.statements = statements;
    this.children = children;
  }

  /** The node's number. */
  public Label label() {
    return label;
  }

  /** Whether the node was inferred because the text starts inside it. */
  public boolean isInferred() {
    return inferred;
  }

  /** The numbered line, trimmed; empty for an inferred node. */
  public Optional<Region> line() {
    return line;
  }

  /** The heading, where the numbered line is or opens with one. */
  public Optional<String> title() {
    return title;
  }

  /** Whether the title opens a line that goes on with the statement ("(二)立足全局。要…"). */
  public boolean isTitleOnStatementLine() {
    return titleOnStatementLine;
  }

  /** The statements that belong to this node directly, in document order. */
  public ImmutableList<Region> statements() {
    return statements;
  }

  /** The nodes numbered inside this one. */
  public ImmutableList<OutlineNode> children() {
    return children;
  }

  @Override
  public String toString() {
    return label + title.map(t -> " " + t).orElse("") + (inferred ? " (inferred)" : "");
  }
}
