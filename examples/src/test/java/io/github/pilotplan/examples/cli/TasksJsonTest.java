package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pilotplan tasks --format json} against the seed page. Every expected value is read off
 * the seed text by hand: line numbers are the file's, columns count from 1 after the two leading
 * spaces of each paragraph (and after "(1)" for a sub-item).
 */
class TasksJsonTest {

  private static final List<String> FINANCE_UNITS_OF_6 =
      List.of("市民政局", "市人事局", "市机编办", "市财政局");
  private static final List<String> UNITS_OF_二_1 =
      List.of("市民政局", "市人事局", "市财政局", "市国土局", "市农业局", "黄江镇", "厚街镇");

  @Test
  void headlineQueryGivesTheFourTasksWithTheirUnitsDeadlinesAndSources() {
    CliRun run = CliRun.of("tasks", "--owner", "市财政局", "--due", "2011", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode tasks = run.json();
    assertThat(paths(tasks)).containsExactly(
        List.of("(一)", "6"), List.of("(一)", "6", "(1)"), List.of("(一)", "6", "(2)"),
        List.of("(二)", "1", "(3)"));

    // 6、加强社会组织人才队伍建设 — "到2011年,制定…(责任单位:市民政局、市人事局、市机编办、市财政局)", line 36.
    JsonNode six = tasks.get(0);
    assertThat(six.get("title").asText()).isEqualTo("加强社会组织人才队伍建设");
    assertThat(six.get("text").asText()).startsWith("到2011年,制定有利于社会组织人才引进培养")
        .endsWith("专业化进程。");
    assertThat(strings(six.get("units"))).isEqualTo(FINANCE_UNITS_OF_6);
    assertThat(six.get("leadUnit").asText()).isEqualTo("市民政局");
    assertThat(six.get("unitsInherited").asBoolean()).isFalse();
    assertDeadline(six, "到2011年", "BY", null, 2011, false);
    assertSource(six, 36, 3);

    // (1)2011年前,建立… and (2)2011年前,研究出台… state no units: they work for 6's.
    for (int i = 1; i <= 2; i++) {
      JsonNode item = tasks.get(i);
      assertThat(item.get("title").isNull()).isTrue();
      assertThat(strings(item.get("units"))).isEqualTo(FINANCE_UNITS_OF_6);
      assertThat(item.get("unitsInherited").asBoolean()).isTrue();
      assertDeadline(item, "2011年前", "BEFORE", null, 2011, false);
    }
    assertSource(tasks.get(1), 38, 6);
    assertSource(tasks.get(2), 40, 6);

    // (二)1(3)2011年,在全市铺开村级体制改革… — units from (二)1's annotation, line 52.
    JsonNode villages = tasks.get(3);
    assertThat(villages.get("text").asText()).startsWith("2011年,在全市铺开村级体制改革。");
    assertThat(strings(villages.get("units"))).isEqualTo(UNITS_OF_二_1);
    assertThat(villages.get("unitsInherited").asBoolean()).isTrue();
    assertDeadline(villages, "2011年", "IN", 2011, 2011, false);
    assertSource(villages, 52, 6);

    for (JsonNode task : tasks) {
      assertThat(task.get("recurrence").isNull()).isTrue();
      assertThat(task.get("towns")).isEmpty();
      assertThat(task.get("targets")).isEmpty();
      assertThat(task.get("deliverables")).isEmpty();
    }
  }

  @Test
  void everyTaskObjectHasTheContractFieldsInOrder() {
    JsonNode tasks = CliRun.of("tasks", "--format", "json").json();

    assertThat(tasks).hasSize(20);
    for (JsonNode task : tasks) {
      List<String> fields = new ArrayList<>();
      task.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("path", "title", "text", "units", "leadUnit",
          "unitsInherited", "deadlines", "recurrence", "towns", "targets", "deliverables", "source");
      for (JsonNode deadline : task.get("deadlines")) {
        List<String> deadlineFields = new ArrayList<>();
        deadline.fieldNames().forEachRemaining(deadlineFields::add);
        assertThat(deadlineFields)
            .containsExactly("text", "kind", "startYear", "dueYear", "dueMonth", "inherited");
      }
    }
  }

  @Test
  void aliasesOfTheOwnerAskTheSameQuestion() {
    JsonNode canonical = CliRun.of("tasks", "--owner", "市财政局", "--due", "2011", "--format", "json").json();

    for (String alias : List.of("财政局", "东莞市财政局")) {
      CliRun run = CliRun.of("tasks", "--owner", alias, "--due", "2011", "--format", "json");
      assertThat(run.json()).as(alias).isEqualTo(canonical);
      assertThat(run.err()).as(alias).isEmpty();
    }
  }

  @Test
  void townByShortOrFullNameGivesTheTasksThatNameIt() {
    // (二)1's annotation ends "黄江镇、厚街镇"; (二)1(1) says "以黄江、厚街两镇为试点".
    for (String town : List.of("黄江", "黄江镇")) {
      JsonNode tasks = CliRun.of("tasks", "--town", town, "--format", "json").json();
      assertThat(paths(tasks)).as(town)
          .containsExactly(List.of("(二)", "1"), List.of("(二)", "1", "(1)"));
      assertThat(strings(tasks.get(0).get("towns"))).containsExactly("黄江镇", "厚街镇");
      assertThat(tasks.get(0).get("deadlines")).isEmpty();
    }
  }

  @Test
  void leadIsTheFirstListedUnit() {
    // Every annotation but (二)2's starts with 市民政局; (二)2's with 市社区工作领导小组成员单位.
    JsonNode civil = CliRun.of("tasks", "--lead", "民政局", "--format", "json").json();
    assertThat(civil).hasSize(19);
    assertThat(paths(civil)).doesNotContain(List.of("(二)", "2"));

    JsonNode group = CliRun.of("tasks", "--lead", "市社区工作领导小组成员单位", "--format", "json").json();
    assertThat(paths(group)).containsExactly(List.of("(二)", "2"));
  }

  @Test
  void dueAndActiveFilterByYear() {
    // (1)2009年,开展社会组织依法参政议政专题调研 is the only task due in 2009.
    assertThat(paths(CliRun.of("tasks", "--due", "2009", "--format", "json").json()))
        .containsExactly(List.of("(一)", "4", "(1)"));
    // Only "从2010年开始" (4(2)) has no end, so only it is active in 2030.
    JsonNode open = CliRun.of("tasks", "--active", "2030", "--format", "json").json();
    assertThat(paths(open)).containsExactly(List.of("(一)", "4", "(2)"));
    JsonNode from = open.get(0).get("deadlines").get(0);
    assertThat(from.get("kind").asText()).isEqualTo("FROM");
    assertThat(from.get("startYear").asInt()).isEqualTo(2010);
    assertThat(from.get("dueYear").isNull()).isTrue();
    // 市经贸局 (groups 3 and 5) has one task due in 2010: 5(1) "2010年,出台《…实施办法》".
    JsonNode trade = CliRun.of("tasks", "--owner", "市经贸局", "--due", "2010", "--format", "json").json();
    assertThat(paths(trade)).containsExactly(List.of("(一)", "5", "(1)"));
    assertThat(trade.get(0).get("recurrence").asText()).isEqualTo("YEARLY");   // 每年安排一定专项经费
    assertThat(strings(trade.get(0).get("deliverables")))
        .containsExactly("东莞市关于发挥行业协会、商会积极作用实施办法");
  }

  @Test
  void anInheritedDeadlineIsMarked() {
    // (一)3(2) "通过政府购买服务…" states no deadline and works to 3's "2012年前".
    JsonNode tasks = CliRun.of("tasks", "--owner", "市经贸局", "--format", "json").json();
    JsonNode item = find(tasks, List.of("(一)", "3", "(2)"));

    assertDeadline(item, "2012年前", "BEFORE", null, 2012, true);
  }

  @Test
  void targetsCarryTheirNumbersAndYears() {
    // (二)2: 到2010年底,全市80%以上的城市社区达到…标准。到2012年,…全市60%以上的农村社区达到省“六好”标准。
    JsonNode tasks = CliRun.of("tasks", "--owner", "各镇街", "--format", "json").json();
    assertThat(paths(tasks)).containsExactly(List.of("(二)", "2"));
    JsonNode task = tasks.get(0);

    JsonNode endOf2010 = task.get("deadlines").get(0);
    assertThat(endOf2010.get("text").asText()).isEqualTo("到2010年底");
    assertThat(endOf2010.get("kind").asText()).isEqualTo("BY_END_OF");
    assertThat(endOf2010.get("dueYear").asInt()).isEqualTo(2010);
    assertThat(endOf2010.get("dueMonth").asInt()).isEqualTo(12);
    assertThat(task.get("deadlines").get(1).get("text").asText()).isEqualTo("到2012年");

    JsonNode urban = task.get("targets").get(0);
    assertThat(urban.get("text").asText()).contains("80%以上的城市社区");
    assertThat(urban.get("subject").asText()).isEqualTo("城市社区");
    assertThat(urban.get("bound").asText()).isEqualTo("AT_LEAST");
    assertThat(urban.get("value").isNumber()).isTrue();
    assertThat(urban.get("value").asInt()).isEqualTo(80);
    assertThat(urban.get("unit").asText()).isEqualTo("%");
    assertThat(urban.get("dueYear").asInt()).isEqualTo(2010);
    JsonNode rural = task.get("targets").get(1);
    assertThat(rural.get("subject").asText()).isEqualTo("农村社区");
    assertThat(rural.get("value").asInt()).isEqualTo(60);
    assertThat(rural.get("dueYear").asInt()).isEqualTo(2012);
  }

  @Test
  void aQueryThatMatchesNothingPrintsAnEmptyArray() {
    CliRun run = CliRun.of("tasks", "--due", "1999", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOwnerGetsAHintWithTheClosestUnits() {
    CliRun run = CliRun.of("tasks", "--owner", "市才政局", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("pilotplan: no unit \"市才政局\" in this plan; closest: ")
        .contains("市财政局");
  }

  @Test
  void anUnknownTownGetsAHintWithTheTownsOfThePlan() {
    CliRun run = CliRun.of("tasks", "--town", "黄红", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
    assertThat(run.errLines()).containsExactly("pilotplan: no town \"黄红\" in this plan; closest: 黄江镇");
  }

  static List<List<String>> paths(JsonNode tasks) {
    List<List<String>> paths = new ArrayList<>();
    tasks.forEach(t -> paths.add(strings(t.get("path"))));
    return paths;
  }

  static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(n -> strings.add(n.asText()));
    return strings;
  }

  private static JsonNode find(JsonNode tasks, List<String> path) {
    for (JsonNode task : tasks) {
      if (strings(task.get("path")).equals(path)) {
        return task;
      }
    }
    throw new AssertionError("no task at " + path);
  }

  private static void assertDeadline(
      JsonNode task, String text, String kind, Integer start, int due, boolean inherited) {
    JsonNode deadlines = task.get("deadlines");
    assertThat(deadlines).hasSize(1);
    JsonNode d = deadlines.get(0);
    assertThat(d.get("text").asText()).isEqualTo(text);
    assertThat(d.get("kind").asText()).isEqualTo(kind);
    if (start == null) {
      assertThat(d.get("startYear").isNull()).isTrue();
    } else {
      assertThat(d.get("startYear").asInt()).isEqualTo(start);
    }
    assertThat(d.get("dueYear").asInt()).isEqualTo(due);
    assertThat(d.get("dueMonth").isNull()).isTrue();
    assertThat(d.get("inherited").isBoolean()).isTrue();
    assertThat(d.get("inherited").asBoolean()).isEqualTo(inherited);
  }

  private static void assertSource(JsonNode task, int line, int column) {
    assertThat(task.get("source").get("line").asInt()).isEqualTo(line);
    assertThat(task.get("source").get("column").asInt()).isEqualTo(column);
  }
}
