package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.examples.export.TaskSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilotplan ask}, {@code tasks --query}, {@code tasks --overdue-on} and the xlsx format,
 * run through {@link PilotplanCli#commandLine} as {@code main} runs it.
 */
class AskCommandTest {

  private static final List<String> HEADLINE = List.of("(一) 6", "(一) 6 (1)", "(一) 6 (2)", "(二) 1 (3)");
  private static final List<String> OVERDUE = List.of("(一) 4", "(一) 4 (1)", "(一) 5 (1)", "(二) 1 (1)",
      "(二) 1 (2)", "(二) 2");

  @TempDir
  Path dir;

  /** One run: stdout as text, stdout as bytes (for a workbook), stderr. */
  private record Run(int exit, String out, byte[] bytes, String err) {
    List<String> paths() throws IOException {
      List<String> paths = new ArrayList<>();
      for (JsonNode task : new ObjectMapper().readTree(out)) {
        List<String> labels = new ArrayList<>();
        task.get("path").forEach(l -> labels.add(l.asText()));
        paths.add(String.join(" ", labels));
      }
      return paths;
    }
  }

  private static Run run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = PilotplanCli.commandLine(new PrintWriter(out), new PrintWriter(err), bytes, terminal).execute(args);
    return new Run(exit, out.toString(), bytes.toByteArray(), err.toString());
  }

  private static Run run(String... args) {
    return run(false, args);
  }

  @Test
  void askTheHeadlineQuestion() throws IOException {
    Run run = run("ask", "tasks owned by 市财政局 due 2011", "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.paths()).containsExactlyElementsOf(HEADLINE);
    assertThat(run("ask", "owner:财政局 due:2011", "--format", "json").paths()).containsExactlyElementsOf(HEADLINE);
    assertThat(run("tasks", "--query", "owned by 市财政局 due 2011", "--format", "json").paths())
        .containsExactlyElementsOf(HEADLINE);
    // --query goes with the other filters.
    assertThat(run("tasks", "--query", "owned by 市财政局", "--due", "2011", "--format", "json").paths())
        .containsExactlyElementsOf(HEADLINE);
  }

  @Test
  void overdueOn() throws IOException {
    assertThat(run("tasks", "--overdue-on", "2011-01-01", "--format", "json").paths())
        .containsExactlyElementsOf(OVERDUE);
    assertThat(run("ask", "overdue on 2011-01-01", "--format", "json").paths()).containsExactlyElementsOf(OVERDUE);
    Run bad = run("tasks", "--overdue-on", "2011-13-01");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Invalid value for option '--overdue-on'");
  }

  @Test
  void aBadQueryExits2WithOneLocatedLine() {
    Run run = run("ask", "owned by 市才政局");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).containsExactly("pilotplan: no unit \"市才政局\" among the tasks; "
        + "closest: 市民政局, 市财政局 at index 9 of \"owned by 市才政局\"");
    Run syntax = run("tasks", "--query", "due 2011)\nor due 2012");
    assertThat(syntax.exit()).isEqualTo(2);
    assertThat(syntax.err().lines().toList()).containsExactly("pilotplan: unmatched \")\" at index 8 of "
        + "\"due 2011) or due 2012\"");
    Run empty = run("ask");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("Missing required parameter: 'QUERY'");
  }

  @Test
  void xlsxGoesToAFileOrAByteStreamButNeverToATerminal() throws IOException {
    Path file = dir.resolve("任务分解表.xlsx");
    Run toFile = run("tasks", "--format", "xlsx", "--out", file.toString());
    assertThat(toFile.exit()).isZero();
    assertThat(toFile.out()).isEmpty();
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(firstColumn(in)).hasSize(21).startsWith("path", "(一) › 3").endsWith("(二) › 2");
    }

    Run piped = run("ask", "tasks owned by 市财政局 due 2011", "--format", "xlsx");
    assertThat(piped.exit()).isZero();
    assertThat(firstColumn(new ByteArrayInputStream(piped.bytes())))
        .containsExactly("path", "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");

    Run terminal = run(true, "tasks", "--format", "xlsx");
    assertThat(terminal.exit()).isEqualTo(2);
    assertThat(terminal.bytes()).isEmpty();
    assertThat(terminal.out()).isEmpty();
    assertThat(terminal.err().lines().toList()).containsExactly(
        "pilotplan: not writing an xlsx workbook to a terminal; use --out FILE or redirect stdout");
    // A terminal is no obstacle for text, nor for a workbook with --out.
    assertThat(run(true, "tasks", "--format", "csv").exit()).isZero();
    assertThat(run(true, "tasks", "--format", "xlsx", "--out", dir.resolve("b.xlsx").toString()).exit()).isZero();

    CliRun inProcess = CliRun.of("tasks", "--format", "xlsx");
    assertThat(inProcess.exitCode()).isEqualTo(2);
    assertThat(inProcess.errLines()).containsExactly(
        "pilotplan: stdout takes no bytes here; use --out FILE for an xlsx workbook");
  }

  @Test
  void textFormatsGoToOutToo() throws IOException {
    Path csv = dir.resolve("任务分解表.csv");
    Run run = run("ask", "due 2011", "--format", "csv", "--out", csv.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", TaskSheet.HEADER));
    assertThat(lines).hasSize(5);
    Run missing = run("ask", "due 2011", "--out", dir.resolve("no/such/dir/x.txt").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such directory");
  }

  @Test
  void calendarAndTimelineTakeAQueryToo() {
    // Overdue on 2011-01-01: six tasks, each with a due date, so six to-dos and six task rows.
    Run ics = run("calendar", "--query", "overdue on 2011-01-01");
    assertThat(ics.exit()).isZero();
    assertThat(ics.out().lines().filter(l -> l.equals("BEGIN:VTODO"))).hasSize(6);
    Run svg = run("timeline", "--query", "overdue on 2011-01-01", "--owner", "市财政局");
    assertThat(svg.exit()).isZero();
    // Of the six, 市财政局 owns (一)5(1), (二)1(1) and (二)1(2).
    assertThat(svg.out().split("class=\"task\"", -1)).hasSize(4);
    Run bad = run("timeline", "--query", "overdue 2011");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().lines().toList()).containsExactly(
        "pilotplan: expected a clause such as \"owned by 市财政局\" or \"due 2011\", found \"overdue\" at index 0 "
            + "of \"overdue 2011\"");
  }

  private static List<String> firstColumn(InputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(TaskSheet.SHEET_NAME);
      for (Row row : sheet) {
        values.add(row.getCell(0).getStringCellValue());
      }
    }
    return values;
  }
}
