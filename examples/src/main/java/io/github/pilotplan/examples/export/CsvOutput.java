package io.github.pilotplan.examples.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A spreadsheet-safe CSV sheet: RFC 4180 via Apache Commons CSV, a UTF-8 byte-order mark first so
 * that Excel reads the Chinese as Chinese, and cells that a spreadsheet would run as a formula
 * defused with a leading apostrophe.
 *
 * <pre>{@code
 * CsvOutput sheet = new CsvOutput(out, "name", "tasks");
 * sheet.row("市财政局", 16);
 * sheet.row("=HYPERLINK(\"…\")", null);   // written as '=HYPERLINK("…"), and an empty cell
 * sheet.finish();
 * }</pre>
 */
public final class CsvOutput {

  /** The byte-order mark, written as the first character. */
  public static final String BOM = "\uFEFF";

  private final PrintWriter out;
  private final CSVPrinter printer;

  /** Writes the byte-order mark and the header row to {@code out}. */
  public CsvOutput(PrintWriter out, String... header) {
    this.out = out;
    out.print(BOM);
    try {
      this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one row. Strings are {@linkplain #safe made safe}; {@code null} and empty values are
   * empty cells; numbers are written as they are.
   */
  public CsvOutput row(Object... cells) {
    List<Object> safeCells = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      safeCells.add(cell instanceof String ? safe((String) cell) : cell);
    }
    try {
      printer.printRecord(safeCells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Flushes the sheet; the underlying writer stays open. */
  public void finish() {
    out.flush();
  }

  /**
   * {@code value} with an apostrophe in front when it starts with a character that makes a
   * spreadsheet read the cell as a formula ({@code = + - @}, tab or carriage return).
   *
   * <pre>{@code
   * CsvOutput.safe("=1+2");      // "'=1+2"
   * CsvOutput.safe("2011年前");  // "2011年前"
   * }</pre>
   */
  public static String safe(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
