package io.github.pilotplan.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.TaskQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VToDo;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The public exports, called as a program calls them, and read back. */
class ExportsTest {

  private final Plan plan = PlanLoader.seed();

  @Test
  void theWorkbookReadsBackWithAHeaderAndOneRowPerTask() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskSheet.writeXlsx(plan.tasks(), bytes);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("任务分解表");
      assertThat(sheet.getLastRowNum()).isEqualTo(20);   // header + 20 tasks
      Row header = sheet.getRow(0);
      for (int c = 0; c < TaskSheet.HEADER.size(); c++) {
        assertThat(header.getCell(c).getStringCellValue()).isEqualTo(TaskSheet.HEADER.get(c));
        assertThat(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
      }
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(1)).isEqualTo(TaskSheet.TASK_COLUMN_CHARS * 256);
      // (一) › 6: 到2011年, 4 units, led by 市民政局 (read from the seed).
      Row six = sheet.getRow(13);
      assertThat(six.getCell(0).getStringCellValue()).isEqualTo("(一) › 6");
      assertThat(six.getCell(1).getStringCellValue()).startsWith("到2011年,制定有利于社会组织人才引进培养");
      assertThat(six.getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(six.getCell(2).getStringCellValue()).isEqualTo("市民政局");
      assertThat(six.getCell(3).getStringCellValue()).isEqualTo("市民政局、市人事局、市机编办、市财政局");
      assertThat(six.getCell(4).getStringCellValue()).isEqualTo("到2011年");
      assertThat(six.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(six.getCell(5).getNumericCellValue()).isEqualTo(2011.0);
      // (二) › 1 has no deadline: empty deadline and due-year cells.
      Row noDeadline = sheet.getRow(16);
      assertThat(noDeadline.getCell(0).getStringCellValue()).isEqualTo("(二) › 1");
      assertThat(noDeadline.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void aQueryOrAListWillDo() {
    TaskQuery due = plan.tasks().where("owned by 市财政局 due 2011");
    StringWriter fromQuery = new StringWriter();
    TaskSheet.writeCsv(due, fromQuery);
    StringWriter fromList = new StringWriter();
    TaskSheet.writeCsv(due.list(), fromList);
    assertThat(fromQuery.toString()).isEqualTo(fromList.toString());
    assertThat(fromQuery.toString().lines().toList()).hasSize(5);
    assertThat(fromQuery.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
        .containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    assertThat(TaskSheet.deadlines(plan.task("(二)", "2").orElseThrow())).isEqualTo("到2010年底; 到2012年");
  }

  @Test
  void calendarAndTimelineWriteToAWriter() throws Exception {
    Instant now = Instant.parse("2011-01-01T00:00:00Z");
    StringWriter ics = new StringWriter();
    TaskCalendar.write(plan, plan.tasks().overdueOn(java.time.LocalDate.of(2011, 1, 1)), now, ics);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.toString()));
    assertThat(calendar.getComponents(VToDo.VTODO)).hasSize(6);
    assertThat(ics.toString()).isEqualTo(TaskCalendar.of(plan, plan.tasks().overdueOn(
        java.time.LocalDate.of(2011, 1, 1)).list(), now));
    StringWriter svg = new StringWriter();
    TaskTimeline.write(plan, plan.tasks().under("(二)"), svg);
    Document doc = parse(svg.toString());
    assertThat(doc.getElementsByTagNameNS(TaskTimeline.SVG_NS, "g").getLength()).isGreaterThan(4);
  }

  @Test
  void controlCharactersNeverReachTheSvgOrTheCalendar() throws Exception {
    // A form feed (pdftotext between pages), vertical tab, NUL and ESC in a statement, and an
    // emoji where the calendar's 40-character summary is cut.
    String text = "1、2012年前完成\f甲\u000B乙\u0000丙\u001B丁工作,建成社区服务中心和社区服务站以及各类服务设施共计"
        + "\uD83D\uDE00\uD83D\uDE00。(责任单位:市民政局)\n";
    Plan hostile = PlanLoader.standard().load(text);
    List<Task> tasks = hostile.allTasks();
    assertThat(tasks).hasSize(1);

    String svg = TaskTimeline.of(hostile, tasks);
    parse(svg);   // an XML parser accepts it
    assertThat(svg.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();

    String ics = TaskCalendar.of(hostile, tasks, Instant.EPOCH);
    assertThat(ics.replace("\r\n", "").chars().filter(Character::isISOControl)).isEmpty();
    new CalendarBuilder().build(new StringReader(ics));
    String unfolded = ics.replace("\r\n ", "");
    String summary = unfolded.lines().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
    assertThat(summary.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isEmpty();
    for (int i = 0; i < unfolded.length(); i++) {
      if (Character.isHighSurrogate(unfolded.charAt(i))) {
        assertThat(Character.isLowSurrogate(unfolded.charAt(i + 1))).as("a whole emoji at %s", i).isTrue();
      }
    }

    // The workbook has a space for each control character, as the SVG does (POI would write "?").
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskSheet.writeXlsx(tasks, bytes);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo(ControlCharacters.forXml(tasks.get(0).text()))
          .doesNotContain("?").contains("完成 甲 乙");
    }

    assertThat(ControlCharacters.forXml("a\fb\u000Bc\u0000d\u001Be\tf\ng\uD83D\uDE00h\uD800i\uFFFF"))
        .isEqualTo("a b c d e\tf\ng\uD83D\uDE00h\uFFFDi\uFFFD");
    assertThat(ControlCharacters.forICalendar("a\fb\u0000c\r\nd\re\uD83D\uDE00\uDC00"))
        .isEqualTo("a b c\nd\ne\uD83D\uDE00\uFFFD");
  }

  @Test
  void aCellLongerThanExcelsLimitIsCut() throws Exception {
    String text = "1、2012年前完成" + "社区建设".repeat(10_000) + "。(责任单位:市民政局)\n";
    Plan big = PlanLoader.standard().load(text);
    assertThat(big.allTasks().get(0).text().length()).isGreaterThan(TaskSheet.MAX_CELL_CHARS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskSheet.writeXlsx(big.allTasks(), bytes);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      String cell = workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
      assertThat(cell).hasSize(TaskSheet.MAX_CELL_CHARS).endsWith("…")
          .startsWith(big.allTasks().get(0).text().substring(0, 100));
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
