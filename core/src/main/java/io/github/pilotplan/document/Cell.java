package io.github.pilotplan.document;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A cell of a {@link Table} row: its text and how many rows and columns it spans, as HTML's
 * {@code rowspan}/{@code colspan} and Word's merged cells say.
 *
 * <pre>{@code
 * Cell.of("市卫生健康委");                 // one row, one column
 * Cell.of("1", 3, 1);                     // 序号 1 over three rows: one task of three rows
 * }</pre>
 */
@Value.Immutable
public abstract class Cell {

  /** The largest span a cell may have (HTML's own limits are 65534 rows and 1000 columns). */
  public static final int MAX_SPAN = 1000;

  Cell() {}

  /** The cell's characters; line breaks inside a cell are kept. */
  @Value.Parameter
  public abstract String text();

  /** The rows the cell covers, 1 or more. */
  @Value.Parameter
  public abstract int rowSpan();

  /** The columns the cell covers, 1 or more. */
  @Value.Parameter
  public abstract int colSpan();

  /** A cell of one row and one column. */
  public static Cell of(String text) {
    return of(text, 1, 1);
  }

  /**
   * A cell spanning {@code rowSpan} rows and {@code colSpan} columns.
   *
   * @throws IllegalArgumentException if a span is below 1 or above {@link #MAX_SPAN}
   */
  public static Cell of(String text, int rowSpan, int colSpan) {
    Preconditions.checkNotNull(text, "text");
    return ImmutableCell.of(text, rowSpan, colSpan);
  }

  @Value.Check
  final void check() {
    Preconditions.checkArgument(rowSpan() >= 1 && rowSpan() <= MAX_SPAN, "rowSpan must be in 1..%s but was %s",
        MAX_SPAN, rowSpan());
    Preconditions.checkArgument(colSpan() >= 1 && colSpan() <= MAX_SPAN, "colSpan must be in 1..%s but was %s",
        MAX_SPAN, colSpan());
  }

  @Override
  public final String toString() {
    return text() + (rowSpan() > 1 || colSpan() > 1 ? "[" + rowSpan() + "x" + colSpan() + "]" : "");
  }
}
