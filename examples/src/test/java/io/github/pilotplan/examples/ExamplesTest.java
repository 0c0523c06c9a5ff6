package io.github.pilotplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} and checks its output against what the seed page says, read by
 * hand.
 */
class ExamplesTest {

  @Test
  void headlineQueryListsTheFourTasksOf市财政局DueIn2011() {
    List<String> lines = run(HeadlineQuery::main);

    assertThat(lines).containsExactly(
        "市财政局 owns 4 tasks due in 2011:",
        "  (一) › 6  [到2011年]  市民政局、市人事局、市机编办、市财政局",
        "  (一) › 6 › (1)  [2011年前]  市民政局、市人事局、市机编办、市财政局",
        "  (一) › 6 › (2)  [2011年前]  市民政局、市人事局、市机编办、市财政局",
        "  (二) › 1 › (3)  [2011年]  市民政局、市人事局、市财政局、市国土局、市农业局、黄江镇、厚街镇");
  }

  @Test
  void taskBreakdownGivesEachUnitItsTasks() {
    List<String> lines = run(TaskBreakdown::main);

    // 市民政局 is named by every statement but (二)2: 4 + 3 + 5 + 3 + 4 tasks.
    assertThat(lines.get(0)).isEqualTo("市民政局 owns 19 task(s):");
    // 市财政局: the groups of 3 (4 tasks), 5 (5), 6 (3) and (二)1 (4).
    int finance = lines.indexOf("市财政局 owns 16 task(s):");
    assertThat(finance).isPositive();
    assertThat(lines.subList(finance + 1, finance + 5))
        .containsExactly("  (一) › 3", "  (一) › 3 › (1)", "  (一) › 3 › (2)", "  (一) › 3 › (3)");
    // (二)2 is the only task of the last two units.
    assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly(
        "市社区工作领导小组成员单位 owns 1 task(s):", "  (二) › 2",
        "各镇街 owns 1 task(s):", "  (二) › 2");
  }

  @Test
  void deadlinesByYearListsTheTimetable() {
    List<String> lines = run(DeadlinesByYear::main);

    assertThat(lines).containsExactly(
        "2009 (1): (一) › 4 › (1)",
        "2010 (5): (一) › 4, (一) › 5 › (1), (二) › 1 › (1), (二) › 1 › (2), (二) › 2",
        "2011 (4): (一) › 6, (一) › 6 › (1), (一) › 6 › (2), (二) › 1 › (3)",
        "2012 (9): (一) › 3, (一) › 3 › (1), (一) › 3 › (2), (一) › 3 › (3), (一) › 5, "
            + "(一) › 5 › (2), (一) › 5 › (3), (一) › 5 › (4), (二) › 2");
  }

  @Test
  void townsInPlanNames黄江And厚街() {
    List<String> lines = run(TownsInPlan::main);

    // (二)1's annotation lists 黄江镇、厚街镇; its (1) says 以黄江、厚街两镇为试点.
    assertThat(lines).containsExactly(
        "黄江镇 (黄江): (二) › 1, (二) › 1 › (1)",
        "厚街镇 (厚街): (二) › 1, (二) › 1 › (1)");
  }

  @Test
  void jsonRoundTripGivesBackAnEqualPlanWithItsPositions() {
    List<String> lines = run(args -> {
      try {
        JsonRoundTrip.main(args);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });

    assertThat(lines).contains("equal: true", "same text: true");
    assertThat(lines.get(1)).isEqualTo("read back: Plan[东莞市履行<民政部、广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议>"
        + "试点方案, 2 top-level sections, 20 tasks, 14 units, 2 towns, 0 diagnostics]");
    // Line 38 of the seed, after two spaces and "(1)": the statement starts at column 6.
    assertThat(lines).contains("(一) › 6 › (1) at 38:6: 2011年前,建立社会组织专职工作人员培训上岗制度…");
    assertThat(String.join("\n", lines)).contains("\"text\" : \"2011年前\"", "\"kind\" : \"BEFORE\"",
        "\"dueYear\" : 2011");
  }

  /** The lines an example's main prints to System.out, read as UTF-8. */
  private static List<String> run(Main main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @FunctionalInterface
  private interface Main {
    void run(String[] args);
  }
}
