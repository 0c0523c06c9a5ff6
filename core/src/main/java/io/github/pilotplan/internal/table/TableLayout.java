package io.github.pilotplan.internal.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.util.stream.Collectors;

/**
 * A table as it stands in a plan text: the lines it occupies and a rectangular grid of slots,
 * each pointing at the cell that covers it (a merged cell covers several slots) and at the regions
 * of the text that hold that cell's characters.
 *
 * <pre>{@code
 * TableLayout t = TsvTables.find(source).get(0);
 * t.rowCount();                  // 3
 * t.slot(1, 2).text();           // "市卫生健康委"
 * t.slot(2, 0).isOrigin();       // false where the 序号 of row 1 spans two rows
 * }</pre>
 */
public final class TableLayout {

  /** One place of the grid: the cell covering it, and whether the cell starts here. */
  public static final class Slot {
    private final ImmutableList<Region> parts;
    private final int originRow;
    private final int originColumn;
    private final boolean origin;

    Slot(ImmutableList<Region> parts, int originRow, int originColumn, boolean origin) {
      this.parts = parts;
      this.originRow = originRow;
      this.originColumn = originColumn;
      this.origin = origin;
    }

    /** The regions of the text holding the cell's characters, in order; empty for an empty cell. */
    public ImmutableList<Region> parts() {
      return parts;
    }

    /** The row where the covering cell starts. */
    public int originRow() {
      return originRow;
    }

    /** The column where the covering cell starts. */
    public int originColumn() {
      return originColumn;
    }

    /** Whether the covering cell starts at this slot (false where a merged cell covers it). */
    public boolean isOrigin() {
      return origin;
    }

    /** The cell's cleaned characters, parts joined with a line break, trimmed. */
    public String text() {
      return parts.stream().map(Region::text).collect(Collectors.joining("\n")).strip();
    }

    /** Whether the cell holds nothing but spaces. */
    public boolean isBlank() {
      return text().isEmpty();
    }

    @Override
    public String toString() {
      return (origin ? "" : "^") + text();
    }
  }

  private final SourceText source;
  private final int firstLine;
  private final int lastLine;
  private final ImmutableList<ImmutableList<Slot>> rows;

  TableLayout(SourceText source, int firstLine, int lastLine, ImmutableList<ImmutableList<Slot>> rows) {
    Preconditions.checkArgument(firstLine >= 1 && lastLine >= firstLine, "bad lines %s..%s", firstLine, lastLine);
    this.source = source;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.rows = rows;
  }

  /** The text the table stands in. */
  public SourceText source() {
    return source;
  }

  /** The first line of the table (1-based). */
  public int firstLine() {
    return firstLine;
  }

  /** The last line of the table (1-based, inclusive). */
  public int lastLine() {
    return lastLine;
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.size();
  }

  /** The number of columns (of the widest row). */
  public int columnCount() {
    return rows.stream().mapToInt(ImmutableList::size).max().orElse(0);
  }

  /** The slots of row {@code row}. */
  public ImmutableList<Slot> row(int row) {
    return rows.get(row);
  }

  /** The slot at {@code row}, {@code column}; an empty slot past the end of a short row. */
  public Slot slot(int row, int column) {
    ImmutableList<Slot> r = rows.get(row);
    return column < r.size() ? r.get(column) : new Slot(ImmutableList.of(), row, column, true);
  }

  @Override
  public String toString() {
    return "TableLayout[lines " + firstLine + ".." + lastLine + ", " + rowCount() + "x" + columnCount() + "]";
  }
}
