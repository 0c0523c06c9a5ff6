package io.github.pilotplan.examples.cli;

import io.github.pilotplan.examples.export.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table for people: columns aligned by {@linkplain DisplayWidth display width}, so a
 * 汉字 counts as two columns, and fitted into a terminal of fixed width.
 *
 * <pre>{@code
 * TextTable table = new TextTable(120)
 *     .column("UNIT", TextTable.Align.LEFT, 8)
 *     .column("TASKS", TextTable.Align.RIGHT, 5);
 * table.row("市财政局", "16");
 * table.print(out);
 * // UNIT      TASKS
 * // 市财政局     16
 * }</pre>
 *
 * <p>When the natural widths do not fit, the <em>flexible</em> column (the last one added with
 * {@link #flexibleColumn}) is narrowed down to its minimum first, then the widest of the other
 * columns, one column at a time, down to their minimums. Cells that do not fit their column are cut
 * with "…". Columns are separated by two spaces; lines carry no trailing spaces.
 */
final class TextTable {

  /** Which side of its column a cell keeps to. */
  enum Align {
    /** Text. */
    LEFT,
    /** Numbers. */
    RIGHT
  }

  private static final String GAP = "  ";
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final int maxWidth;
  private final List<Column> columns = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private int flexible = -1;

  /** A table whose lines are at most {@code maxWidth} columns wide, where minimums allow. */
  TextTable(int maxWidth) {
    this.maxWidth = maxWidth;
  }

  /** Adds a column that is narrowed, if need be, down to {@code minWidth}. */
  TextTable column(String header, Align align, int minWidth) {
    columns.add(new Column(header, align, minWidth));
    return this;
  }

  /** Adds the column that gives up its width first, down to {@code minWidth}. */
  TextTable flexibleColumn(String header, int minWidth) {
    flexible = columns.size();
    return column(header, Align.LEFT, minWidth);
  }

  /** Adds a row; {@code null} cells are empty, line breaks and tabs become spaces. */
  TextTable row(String... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row needs " + columns.size() + " cells but has " + cells.length);
    }
    String[] clean = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      clean[i] = cells[i] == null ? "" : CONTROL.matcher(cells[i]).replaceAll(" ");
    }
    rows.add(clean);
    return this;
  }

  /** Prints the header line and then every row. */
  void print(PrintWriter out) {
    int[] widths = widths();
    out.println(line(headers(), widths));
    for (String[] row : rows) {
      out.println(line(row, widths));
    }
  }

  private String[] headers() {
    return columns.stream().map(Column::header).toArray(String[]::new);
  }

  private int[] widths() {
    int n = columns.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = DisplayWidth.of(columns.get(i).header());
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    int excess = total(widths) - maxWidth;
    if (excess > 0 && flexible >= 0) {
      int give = Math.min(excess, Math.max(0, widths[flexible] - columns.get(flexible).minWidth()));
      widths[flexible] -= give;
      excess -= give;
    }
    while (excess > 0) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (i != flexible && widths[i] > columns.get(i).minWidth()
            && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      excess--;
    }
    return widths;
  }

  private static int total(int[] widths) {
    int sum = GAP.length() * Math.max(0, widths.length - 1);
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  private String line(String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = DisplayWidth.fit(cells[i], widths[i]);
      if (i > 0) {
        sb.append(GAP);
      }
      sb.append(columns.get(i).align() == Align.RIGHT
          ? DisplayWidth.padLeft(cell, widths[i])
          : DisplayWidth.pad(cell, widths[i]));
    }
    return stripTrailingSpaces(sb);
  }

  private static String stripTrailingSpaces(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }

  private record Column(String header, Align align, int minWidth) {}
}
