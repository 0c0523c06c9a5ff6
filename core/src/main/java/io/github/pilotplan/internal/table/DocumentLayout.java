package io.github.pilotplan.internal.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Cell;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Document} written out as plan text, with the layout of each of its tables in that
 * text: paragraphs become lines (a line break inside a paragraph starts a new line); each table row
 * becomes one line of its cells separated by tabs, a cell's own line breaks and tabs turned into
 * spaces, a slot that a merged cell covers left empty; cells past the 1000th column are left out. The text is what {@link
 * io.github.pilotplan.Plan#text()} holds, and every position points into it.
 *
 * <pre>{@code
 * DocumentLayout layout = DocumentLayout.of(document);
 * layout.source().original();   // "二、主要任务\n序号\t工作事项\t牵头单位\n1\t…\n"
 * layout.tables();              // one TableLayout per table of the document
 * }</pre>
 */
public final class DocumentLayout {

  /** The widest table read: cells past this many columns are left out. */
  static final int MAX_COLUMNS = 1000;

  private final SourceText source;
  private final ImmutableList<TableLayout> tables;

  private DocumentLayout(SourceText source, ImmutableList<TableLayout> tables) {
    this.source = source;
    this.tables = tables;
  }

  /** The text that was written out. */
  public SourceText source() {
    return source;
  }

  /** The tables, in document order. */
  public ImmutableList<TableLayout> tables() {
    return tables;
  }

  /** The layout of {@code document}. */
  public static DocumentLayout of(Document document) {
    Preconditions.checkNotNull(document, "document");
    StringBuilder text = new StringBuilder();
    List<Grid> grids = new ArrayList<>();
    int line = 1;
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        String t = p.text().replace("\r\n", "\n").replace('\r', '\n');
        text.append(t).append('\n');
        line += 1 + (int) t.chars().filter(c -> c == '\n').count();
      } else if (block instanceof Table t && !t.rows().isEmpty()) {
        Grid grid = Grid.of(t);
        grid.firstLine = line;
        for (int r = 0; r < grid.rows; r++) {
          for (int c = 0; c < grid.columns; c++) {
            if (c > 0) {
              text.append('\t');
            }
            Grid.Place place = grid.places[r][c];
            if (place != null && place.row == r && place.column == c) {
              place.start = text.length();
              text.append(flat(place.cell.text()));
              place.end = text.length();
            }
          }
          text.append('\n');
          line++;
        }
        grid.lastLine = line - 1;
        grids.add(grid);
      }
    }
    SourceText source = SourceText.of(text.toString());
    ImmutableList.Builder<TableLayout> tables = ImmutableList.builder();
    for (Grid g : grids) {
      tables.add(g.layout(source));
    }
    return new DocumentLayout(source, tables.build());
  }

  private static String flat(String cell) {
    StringBuilder sb = new StringBuilder(cell.length());
    String s = cell.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    return sb.toString();
  }

  /** A table's cells placed on a rectangular grid, as HTML places cells with spans. */
  private static final class Grid {
    static final class Place {
      final Cell cell;
      final int row;
      final int column;
      int start;
      int end;

      Place(Cell cell, int row, int column) {
        this.cell = cell;
        this.row = row;
        this.column = column;
      }
    }

    final Place[][] places;
    final int rows;
    final int columns;
    int firstLine;
    int lastLine;

    private Grid(Place[][] places, int rows, int columns) {
      this.places = places;
      this.rows = rows;
      this.columns = columns;
    }

    static Grid of(Table table) {
      int rows = table.rows().size();
      List<Place[]> grid = new ArrayList<>();
      int columns = 0;
      for (int r = 0; r < rows; r++) {
        Row row = table.rows().get(r);
        int c = 0;
        for (Cell cell : row.cells()) {
          while (get(grid, r, c) != null) {
            c++;
          }
          if (c >= MAX_COLUMNS) {
            break; // a table is cut at MAX_COLUMNS columns
          }
          Place place = new Place(cell, r, c);
          // A row span past the last row is cut at the last row, as browsers do.
          for (int dr = 0; dr < cell.rowSpan() && r + dr < rows; dr++) {
            for (int dc = 0; dc < cell.colSpan() && c + dc < MAX_COLUMNS; dc++) {
              if (get(grid, r + dr, c + dc) == null) {
                set(grid, r + dr, c + dc, place);
              }
            }
          }
          c = Math.min(MAX_COLUMNS, c + cell.colSpan());
          columns = Math.max(columns, c);
        }
      }
      Place[][] places = new Place[rows][columns];
      for (int r = 0; r < rows; r++) {
        Place[] row = r < grid.size() ? grid.get(r) : new Place[0];
        System.arraycopy(row, 0, places[r], 0, Math.min(row.length, columns));
      }
      return new Grid(places, rows, columns);
    }

    private static Place get(List<Place[]> grid, int r, int c) {
      return r < grid.size() && c < grid.get(r).length ? grid.get(r)[c] : null;
    }

    private static void set(List<Place[]> grid, int r, int c, Place place) {
      while (grid.size() <= r) {
        grid.add(new Place[0]);
      }
      Place[] row = grid.get(r);
      if (row.length <= c) {
        row = java.util.Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
        grid.set(r, row);
      }
      row[c] = place;
    }

    TableLayout layout(SourceText source) {
      ImmutableList.Builder<ImmutableList<TableLayout.Slot>> out = ImmutableList.builder();
      for (int r = 0; r < rows; r++) {
        ImmutableList.Builder<TableLayout.Slot> row = ImmutableList.builder();
        for (int c = 0; c < columns; c++) {
          Place p = places[r][c];
          if (p == null) {
            row.add(new TableLayout.Slot(ImmutableList.of(), r, c, true));
            continue;
          }
          Region region = source.region(p.start, p.end).trim();
          ImmutableList<Region> parts = region.isEmpty() ? ImmutableList.of() : ImmutableList.of(region);
          row.add(new TableLayout.Slot(parts, p.row, p.column, p.row == r && p.column == c));
        }
        out.add(row.build());
      }
      return new TableLayout(source, firstLine, lastLine, out.build());
    }
  }
}
