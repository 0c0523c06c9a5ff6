package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.examples.export.TaskCalendar;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Due;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pilotplan calendar}, read back with ical4j's parser. */
class CalendarTest {

  @TempDir
  Path dir;

  @Test
  void oneTodoPerTaskThatFallsDue() throws Exception {
    CliRun run = CliRun.of("calendar");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Calendar calendar = parse(run.out());
    calendar.validate();
    List<VToDo> todos = calendar.getComponents("VTODO");
    long dueInCore = PlanLoader.seed().allTasks().stream()
        .filter(t -> t.earliestDueYear().isPresent()).count();
    assertThat(todos).hasSize((int) dueInCore);
    // By hand: of the seed's 20 tasks, 4(2) only says 从2010年开始 (line 20) and (二)1 names no
    // year (line 46); the other 18 fall due.
    assertThat(todos).hasSize(18);
    assertThat(todos).extracting(t -> value(t, "UID")).doesNotHaveDuplicates().allMatch(u -> u.endsWith("@pilotplan"));
    assertThat(todos).allSatisfy(t -> assertThat(t.getProperties("DTSTAMP")).hasSize(1));
    assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
    assertThat(value(calendar, "PRODID")).isEqualTo(TaskCalendar.PRODID);
  }

  @Test
  void theHeadlineTasksOfTheFinanceBureauAreDueAtTheEndOf2011() throws Exception {
    CliRun run = CliRun.of("calendar", "--owner", "财政局");

    assertThat(run.exitCode()).isZero();
    List<VToDo> todos = parse(run.out()).getComponents("VTODO");
    // 市财政局 is named for 3 (line 6), 5 (line 24), 6 (line 36) and (二)1 (line 46), whose items
    // inherit it: 16 tasks; (二)1 itself names no year.
    assertThat(todos).hasSize(15);
    assertThat(todos).allSatisfy(t -> assertThat(categories(t)).contains("市财政局"));
    List<String> due2011 = todos.stream()
        .filter(t -> due(t).equals(LocalDate.of(2011, 12, 31)))
        .map(t -> value(t, "DESCRIPTION").lines().findFirst().orElseThrow())
        .collect(Collectors.toList());
    assertThat(due2011).containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");

    Map<String, VToDo> byPath = byPath(todos);
    // 6、 has a title line (34) and states 到2011年 itself (36); 6(1) states 2011年前 (38).
    VToDo six = byPath.get("(一) › 6");
    assertThat(value(six, "SUMMARY")).isEqualTo("加强社会组织人才队伍建设");
    assertThat(value(six, "DESCRIPTION")).contains("deadline: 到2011年");
    VToDo sixOne = byPath.get("(一) › 6 › (1)");
    assertThat(value(sixOne, "SUMMARY")).startsWith("2011年前,建立社会组织专职工作人员培训上岗制度");
    assertThat(value(sixOne, "DESCRIPTION")).contains("deadline: 2011年前")
        .contains("促进社会组织专职工作人员职业化、专业化。");
    assertThat(categories(sixOne)).containsExactlyInAnyOrder("市民政局", "市人事局", "市机编办", "市财政局");
    // (二)1(2): 2010年底前 (line 50) → the last day of December 2010.
    assertThat(due(byPath.get("(二) › 1 › (2)"))).isEqualTo(LocalDate.of(2010, 12, 31));
    // 5(2): 2010年开始规划建设,力争2012年底前 (line 28) is due at the end of 2012.
    assertThat(due(byPath.get("(一) › 5 › (2)"))).isEqualTo(LocalDate.of(2012, 12, 31));
  }

  @Test
  void aDeadlineWithAMonthIsDueOnTheLastDayOfThatMonth() throws Exception {
    Path plan = Files.writeString(dir.resolve("month.txt"),
        "(一)测试\n\n1、测试事项\n\n2011年6月底前,完成测试。(责任单位:市财政局)\n\n"
            + "2、另一事项\n\n2012年2月底前,完成另一测试。(责任单位:市民政局)\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("calendar", "--file", plan.toString());

    assertThat(run.exitCode()).isZero();
    List<VToDo> todos = parse(run.out()).getComponents("VTODO");
    assertThat(todos).extracting(CalendarTest::due)
        .containsExactly(LocalDate.of(2011, 6, 30), LocalDate.of(2012, 2, 29));
  }

  @Test
  void uidsAreStableFromRunToRun() throws Exception {
    List<String> first = parse(CliRun.of("calendar").out()).<VToDo>getComponents("VTODO").stream()
        .map(t -> value(t, "UID")).collect(Collectors.toList());
    List<String> second = parse(CliRun.of("calendar").out()).<VToDo>getComponents("VTODO").stream()
        .map(t -> value(t, "UID")).collect(Collectors.toList());
    List<String> filtered = parse(CliRun.of("calendar", "--owner", "市财政局").out())
        .<VToDo>getComponents("VTODO").stream().map(t -> value(t, "UID")).collect(Collectors.toList());

    assertThat(second).isEqualTo(first);
    assertThat(first).containsAll(filtered);
  }

  @Test
  void contentLinesAreFoldedAt75Octets() {
    String ics = CliRun.of("calendar").out();

    assertThat(ics).contains("\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(TaskCalendar.refold("SUMMARY:" + "社".repeat(30) + "\r\n"))
        .isEqualTo("SUMMARY:" + "社".repeat(22) + "\r\n " + "社".repeat(8) + "\r\n");
    // 8 + 66 octets, then "\," would cross the limit: it moves to the next line whole.
    assertThat(TaskCalendar.refold("SUMMARY:" + "社".repeat(22) + "\\,x\r\n"))
        .isEqualTo("SUMMARY:" + "社".repeat(22) + "\r\n \\,x\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line).doesNotEndWith("\\");
    }
  }

  @Test
  void outWritesTheFileAndNothingToStdout() throws Exception {
    Path file = dir.resolve("plan.ics");

    CliRun run = CliRun.of("calendar", "--owner", "财政局", "--out", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(parse(Files.readString(file, StandardCharsets.UTF_8)).getComponents("VTODO")).hasSize(15);
  }

  @Test
  void anUnknownOwnerGivesAnEmptyCalendarAndAHint() throws Exception {
    CliRun run = CliRun.of("calendar", "--owner", "市才政局");

    assertThat(run.exitCode()).isZero();
    assertThat(parse(run.out()).getComponents("VTODO")).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "pilotplan: no unit \"市才政局\" in this plan; closest: 市民政局, 市财政局");
  }

  private static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer c, String name) {
    return c.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
  }

  private static List<String> categories(VToDo todo) {
    return todo.<Categories>getProperties("CATEGORIES").stream()
        .flatMap(c -> c.getCategories().getTexts().stream()).collect(Collectors.toList());
  }

  private static LocalDate due(VToDo todo) {
    Due<?> due = todo.<Due<?>>getProperty("DUE").orElseThrow();
    return LocalDate.from(due.getDate());
  }

  private static Map<String, VToDo> byPath(List<VToDo> todos) {
    return todos.stream().collect(Collectors.toMap(
        t -> value(t, "DESCRIPTION").lines().findFirst().orElseThrow(), Function.identity()));
  }
}
