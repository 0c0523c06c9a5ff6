package io.github.pilotplan.internal.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.model.SourceSpan;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One task of a task table: the rows of one 序号 (a row continued on the next line, or rows that a
 * merged 序号 cell covers), the group it falls in, and the cells of each column kind.
 *
 * <pre>{@code
 * TaskRow row = table.rows().get(0);
 * row.label();                  // 1, from the 序号 cell
 * row.title();                  // Optional[有序扩大家庭医生来源]
 * row.cells(ColumnKind.LEAD);   // the regions of the 牵头单位 cells
 * }</pre>
 */
public final class TaskRow {

  private final Optional<Label> group;
  private final Optional<String> groupTitle;
  private final Label label;
  private final boolean numbered;
  private final ImmutableMap<ColumnKind, ImmutableList<Region>> cells;
  private final SourceSpan source;
  private final boolean responsible;

  TaskRow(Optional<Label> group, Optional<String> groupTitle, Label label, boolean numbered,
      ImmutableMap<ColumnKind, ImmutableList<Region>> cells, SourceSpan source, boolean responsible) {
    this.group = group;
    this.groupTitle = groupTitle;
    this.label = label;
    this.numbered = numbered;
    this.cells = cells;
    this.source = source;
    this.responsible = responsible;
  }

  /**
   * Whether the {@link ColumnKind#LEAD} cells are a 责任单位 column of a table without a 牵头 one: its
   * units are responsible (the first of them leads), not marked lead.
   */
  public boolean isLeadColumnResponsible() {
    return responsible;
  }

  /** The label of the group row (一、… spanning the table) or 类别 cell the row falls under, if any. */
  public Optional<Label> group() {
    return group;
  }

  /** The group's title, without its label. */
  public Optional<String> groupTitle() {
    return groupTitle;
  }

  /** The row's number: its 序号 cell, or its place among the table's tasks where there is none. */
  public Label label() {
    return label;
  }

  /** Whether {@link #label()} comes from a 序号 cell (false: counted). */
  public boolean isNumbered() {
    return numbered;
  }

  /** The regions of the cells of a kind, in order, each merged cell once. */
  public ImmutableList<Region> cells(ColumnKind kind) {
    return cells.getOrDefault(kind, ImmutableList.of());
  }

  /** The cleaned text of the cells of a kind, joined with line breaks. */
  public String text(ColumnKind kind) {
    return cells(kind).stream().map(r -> r.text().strip()).filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** The 工作事项 / 重点任务 cell, where the table has that column and the row fills it. */
  public Optional<String> title() {
    String t = text(ColumnKind.ITEM).replace('\n', ' ').strip();
    while (t.endsWith("。") || t.endsWith(";") || t.endsWith(",")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Where the row stands: from its first line to the end of its last. */
  public SourceSpan source() {
    return source;
  }

  @Override
  public String toString() {
    return label + " " + title().orElse(text(ColumnKind.CONTENT));
  }
}
