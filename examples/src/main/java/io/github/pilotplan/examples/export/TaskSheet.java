package io.github.pilotplan.examples.export;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 任务分解表 (task-breakdown sheet): one row per task, as CSV or as an Excel workbook.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * try (Writer out = Files.newBufferedWriter(Path.of("任务分解表.csv"))) {
 *   TaskSheet.writeCsv(plan.tasks().ownedBy("市财政局"), out);
 * }
 * try (OutputStream out = Files.newOutputStream(Path.of("任务分解表.xlsx"))) {
 *   TaskSheet.writeXlsx(plan.tasks().where("owned by 市财政局 due 2011"), out);
 * }
 * // path,task,lead unit,units,deadline,due year,targets
 * // (一) › 6,"到2011年,制定有利于…",市民政局,市民政局、市人事局、市机编办、市财政局,到2011年,2011,
 * }</pre>
 *
 * <p>Columns ({@link #HEADER}): path (e.g. {@code (一) › 6 › (1)}); task (the statement, folded
 * like all model text); lead unit; units (all effective units, joined with 、); deadline (every
 * effective deadline as written, joined with "; "; an enclosing task's when the task states none);
 * due year (the earliest, a number); targets (their texts joined with "; "). Absent values are
 * empty cells. Tasks come in the order given — a {@link io.github.pilotplan.query.TaskQuery} is an
 * {@code Iterable<Task>}, so a query or a list will do.
 *
 * <p>CSV: RFC 4180, a UTF-8 byte-order mark first so that Excel reads the Chinese, formula-like
 * cells defused ({@link CsvOutput}). Workbook: one sheet named 任务分解表 with a bold, shaded
 * header row frozen above the tasks, an auto-filter on the header, fixed column widths (the task
 * column {@value #TASK_COLUMN_CHARS} characters wide) and wrapped, top-aligned text; a cell longer
 * than Excel's limit of {@value #MAX_CELL_CHARS} characters is cut there, ending in "…", and a
 * control character other than tab and line break (a form feed, NUL, ESC) is written as a space.
 * Neither method closes the stream it is given.
 */
public final class TaskSheet {

  /** The header row. */
  public static final List<String> HEADER = ImmutableList.of(
      "path", "task", "lead unit", "units", "deadline", "due year", "targets");

  /** The name of the workbook's one sheet. */
  public static final String SHEET_NAME = "任务分解表";

  /** The width of the task column of the workbook, in characters of the default font. */
  public static final int TASK_COLUMN_CHARS = 60;

  /** The most characters an Excel cell holds. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Column widths of the workbook, in characters, column by column. */
  private static final int[] WIDTHS = {16, TASK_COLUMN_CHARS, 14, 30, 18, 9, 30};

  private TaskSheet() {}

  /** Writes the sheet as CSV to {@code out}, which is flushed but not closed. */
  public static void writeCsv(Iterable<Task> tasks, Writer out) {
    Preconditions.checkNotNull(tasks, "tasks");
    Preconditions.checkNotNull(out, "out");
    PrintWriter printer = out instanceof PrintWriter ? (PrintWriter) out : new PrintWriter(out);
    CsvRows sheet = csvRows(printer);
    for (Task task : tasks) {
      sheet.add(task);
    }
    sheet.finish();
    if (printer.checkError()) {
      throw new UncheckedIOException(new IOException("the CSV could not be written"));
    }
  }

  /**
   * Starts the sheet as CSV on {@code out}, with {@code leading} columns before the {@link
   * #HEADER}'s, for tasks added one at a time, as they come (a sweep over many plans).
   *
   * <pre>{@code
   * TaskSheet.CsvRows rows = TaskSheet.csvRows(out, "file");
   * rows.add(task, "a/plan.txt");   // file,path,task,lead unit,…
   * rows.finish();
   * }</pre>
   */
  public static CsvRows csvRows(PrintWriter out, String... leading) {
    Preconditions.checkNotNull(out, "out");
    Preconditions.checkNotNull(leading, "leading");
    String[] header = new String[leading.length + HEADER.size()];
    System.arraycopy(leading, 0, header, 0, leading.length);
    for (int i = 0; i < HEADER.size(); i++) {
      header[leading.length + i] = HEADER.get(i);
    }
    return new CsvRows(new CsvOutput(out, header), leading.length);
  }

  /** A CSV sheet being written, a task a row; see {@link #csvRows}. Not safe to share between threads. */
  public static final class CsvRows {
    private final CsvOutput sheet;
    private final int leading;

    private CsvRows(CsvOutput sheet, int leading) {
      this.sheet = sheet;
      this.leading = leading;
    }

    /** Writes the row of {@code task}, {@code leadingCells} first (as many as leading columns). */
    public CsvRows add(Task task, String... leadingCells) {
      Preconditions.checkArgument(leadingCells.length == leading,
          "%s leading cells for %s leading columns", leadingCells.length, leading);
      Object[] cells = new Object[leading + HEADER.size()];
      System.arraycopy(leadingCells, 0, cells, 0, leading);
      Integer year = task.earliestDueYear().isPresent() ? task.earliestDueYear().getAsInt() : null;
      Object[] own = {task.pathText(), task.text(), lead(task), units(task), deadlines(task), year, targets(task)};
      System.arraycopy(own, 0, cells, leading, own.length);
      sheet.row(cells);
      return this;
    }

    /** Flushes the rows written; the writer stays open. */
    public void finish() {
      sheet.finish();
    }
  }

  /**
   * Writes the sheet as an Excel workbook (Office Open XML, {@code .xlsx}) to {@code out}, which
   * is flushed but not closed.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static void writeXlsx(Iterable<Task> tasks, OutputStream out) {
    Preconditions.checkNotNull(tasks, "tasks");
    Preconditions.checkNotNull(out, "out");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(SHEET_NAME);
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);

      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADER.get(c));
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 1;
      for (Task task : tasks) {
        Row row = sheet.createRow(r++);
        String[] texts = {task.pathText(), task.text(), lead(task), units(task), deadlines(task), null,
            targets(task)};
        for (int c = 0; c < texts.length; c++) {
          Cell cell = row.createCell(c);
          cell.setCellStyle(wrapped);
          if (c == 5) {
            if (task.earliestDueYear().isPresent()) {
              cell.setCellValue(task.earliestDueYear().getAsInt());
            }
          } else if (texts[c] != null && !texts[c].isEmpty()) {
            cell.setCellValue(cellText(texts[c]));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every effective deadline of the task (its own, or the enclosing task's) as written, joined
   * with "; "; empty when it has none.
   *
   * <pre>{@code
   * TaskSheet.deadlines(plan.task("(二)", "2").get());   // "到2010年底; 到2012年"
   * }</pre>
   */
  public static String deadlines(Task task) {
    return task.effectiveDeadlines().stream().map(Deadline::text).collect(Collectors.joining("; "));
  }

  private static String lead(Task task) {
    return task.leadUnit().map(Unit::name).orElse(null);
  }

  private static String units(Task task) {
    return task.effectiveUnits().stream().map(Unit::name).collect(Collectors.joining("、"));
  }

  private static String targets(Task task) {
    return task.targets().stream().map(Target::text).collect(Collectors.joining("; "));
  }

  /**
   * The text fit for a cell: control characters other than tab and line break as spaces (POI
   * would write "?"), cut to Excel's cell limit, never inside a surrogate pair.
   */
  private static String cellText(String text) {
    String s = ControlCharacters.forXml(text);
    if (s.length() <= MAX_CELL_CHARS) {
      return s;
    }
    int end = MAX_CELL_CHARS - 1;
    if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
