package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.examples.export.CsvOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV sheets of {@code tasks} and {@code units}, read back with Commons CSV. */
class CsvTest {

  @TempDir
  Path dir;

  @Test
  void taskSheetHasAHeaderAndOneRowPerTask() throws IOException {
    CliRun run = CliRun.of("tasks", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(CsvOutput.BOM);
    List<CSVRecord> rows = parse(run.out());
    assertThat(rows.get(0).values()).containsExactly(
        "path", "task", "lead unit", "units", "deadline", "due year", "targets");
    // The seed's 20 tasks: 3 and its (1)–(3), 4 and (1)–(2), 5 and (1)–(4), 6 and (1)–(2),
    // (二)1 and (1)–(3), (二)2.
    assertThat(rows).hasSize(1 + 20);
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(7));

    // (一)6(1), line 38: "(1)2011年前,建立社会组织专职工作人员培训上岗制度,…" under 6's units (line 36).
    CSVRecord item = row(rows, "(一) › 6 › (1)");
    assertThat(item.get(1)).startsWith("2011年前,建立社会组织专职工作人员培训上岗制度").endsWith("职业化、专业化。");
    assertThat(item.get(2)).isEqualTo("市民政局");
    assertThat(item.get(3)).isEqualTo("市民政局、市人事局、市机编办、市财政局");
    assertThat(item.get(4)).isEqualTo("2011年前");
    assertThat(item.get(5)).isEqualTo("2011");
    assertThat(item.get(6)).isEmpty();

    // 3(2), line 10, states no deadline and works to 3's 2012年前 (line 6).
    CSVRecord inherited = row(rows, "(一) › 3 › (2)");
    assertThat(inherited.get(1)).startsWith("通过政府购买服务或项目管理方式");
    assertThat(inherited.get(4)).isEqualTo("2012年前");
    assertThat(inherited.get(5)).isEqualTo("2012");
    // 4(2), line 20: 从2010年开始 has no due year.
    CSVRecord from = row(rows, "(一) › 4 › (2)");
    assertThat(from.get(4)).isEqualTo("从2010年开始");
    assertThat(from.get(5)).isEmpty();
    // (二)1, line 46, names no year: empty cells, not "null" or "0".
    CSVRecord noYear = row(rows, "(二) › 1");
    assertThat(noYear.get(1)).startsWith("在社区设立");
    assertThat(noYear.get(3)).isEqualTo("市民政局、市人事局、市财政局、市国土局、市农业局、黄江镇、厚街镇");
    assertThat(noYear.get(4)).isEmpty();
    assertThat(noYear.get(5)).isEmpty();
    // (二)2, line 56: two deadlines and two targets; the due year is the earlier one.
    CSVRecord targets = row(rows, "(二) › 2");
    assertThat(targets.get(2)).isEqualTo("市社区工作领导小组成员单位");
    assertThat(targets.get(3)).isEqualTo("市社区工作领导小组成员单位、各镇街");
    assertThat(targets.get(4)).isEqualTo("到2010年底; 到2012年");
    assertThat(targets.get(5)).isEqualTo("2010");
    assertThat(targets.get(6).split("; ")).hasSize(2);
    assertThat(targets.get(6)).contains("80%以上的城市社区").contains("60%以上的农村社区");
  }

  @Test
  void theSheetIsUtf8WithAByteOrderMarkOnStdout() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    int exit = PilotplanCli.commandLine(out, new PrintWriter(new StringWriter()))
        .execute("tasks", "--owner", "财政局", "--due", "2011", "--format", "csv");
    out.flush();

    assertThat(exit).isZero();
    byte[] written = bytes.toByteArray();
    assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = parse(new String(written, StandardCharsets.UTF_8));
    assertThat(rows).hasSize(1 + 4);
    assertThat(rows.get(1).get(3)).contains("市财政局");
  }

  @Test
  void headlineSheetHasTheFourRows() throws IOException {
    List<CSVRecord> rows = parse(CliRun.of(
        "tasks", "--owner", "财政局", "--due", "2011", "--format", "csv").out());

    assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactly(
        "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
  }

  @Test
  void anEmptyResultIsTheHeaderAlone() throws IOException {
    List<CSVRecord> rows = parse(CliRun.of("tasks", "--due", "1999", "--format", "csv").out());

    assertThat(rows).hasSize(1);
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
    Path plan = dir.resolve("formula.txt");
    Files.writeString(plan, "(一)测试\n\n1、测试事项\n\n=HYPERLINK(\"http://example.com\"),2011年前完成。"
        + "(责任单位:市财政局)\n\n2、另一事项\n\n-1+2,到2012年完成。(责任单位:市民政局)\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("tasks", "--file", plan.toString(), "--format", "csv");

    assertThat(run.exitCode()).isZero();
    List<CSVRecord> rows = parse(run.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get(1)).startsWith("'=HYPERLINK(\"http://example.com\")");
    assertThat(rows.get(2).get(1)).startsWith("'-1+2");
    assertThat(rows.get(1).get(4)).isEqualTo("2011年前");
    assertThat(rows.get(1).get(5)).isEqualTo("2011");
  }

  @Test
  void safeGuardsTheFormulaCharacters() {
    assertThat(CsvOutput.safe("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvOutput.safe("+8613800000000")).isEqualTo("'+8613800000000");
    assertThat(CsvOutput.safe("-5")).isEqualTo("'-5");
    assertThat(CsvOutput.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvOutput.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvOutput.safe("2011年前")).isEqualTo("2011年前");
    assertThat(CsvOutput.safe("a=b")).isEqualTo("a=b");
    assertThat(CsvOutput.safe("")).isEmpty();
  }

  @Test
  void unitSheetCountsTasksPerUnit() throws IOException {
    CliRun run = CliRun.of("units", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(CsvOutput.BOM);
    List<CSVRecord> rows = parse(run.out());
    assertThat(rows.get(0).values()).containsExactly("name", "kind", "tasks", "nearest due year");
    assertThat(rows).hasSize(1 + 14);
    assertThat(rows.get(1).values()).containsExactly("市民政局", "MUNICIPAL_DEPARTMENT", "19", "2009");
    assertThat(rows.get(2).values()).containsExactly("市财政局", "MUNICIPAL_DEPARTMENT", "16", "2010");
    assertThat(rows.get(14).values()).containsExactly("各镇街", "COLLECTIVE", "1", "2010");
  }

  /** Every record, the header first, after the byte-order mark. */
  private static List<CSVRecord> parse(String csv) throws IOException {
    assertThat(csv).startsWith(CsvOutput.BOM);
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1)))) {
      return parser.getRecords();
    }
  }

  private static CSVRecord row(List<CSVRecord> rows, String path) {
    return rows.stream().filter(r -> r.get(0).equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + path));
  }
}
