package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pilotplan} without a command: the one-screen summary. */
class SummaryTest {

  @Test
  void summaryGivesTheFactsTheCountsAndTheTasksPerUnit() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    // Line 2 of the seed: 东莞市人民政府办公室关于印发《东莞市履行<…>试点方案》的通知; page "共[10]页",
    // "上面法规内容为部分内容".
    assertThat(lines).startsWith(
        "title        东莞市人民政府办公室关于印发《东莞市履行<民政部、广东省人民政府共同推进珠江三角洲地区"
            + "民政工作改革发展协议>试点方案》的通知",
        "issuer       东莞市人民政府办公室",
        "plan         东莞市履行<民政部、广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议>试点方案",
        "source       法搜网--中国法律信息搜索网, partial text, 10 pages in all",
        "sections     22 (2 top-level)",
        "tasks        20",
        "units        14",
        "towns        2 (黄江镇, 厚街镇)",
        "diagnostics  0",
        "",
        "Tasks per unit (任务分解表):");
    int header = lines.indexOf("Tasks per unit (任务分解表):") + 1;
    List<Integer> starts = TableLayout.columnStarts(lines.get(header), "UNIT", "TASKS");
    int tasksEnd = starts.get(1) + "TASKS".length();
    assertThat(lines.subList(header + 1, lines.size())).hasSize(14);
    assertThat(TableLayout.from(lines.get(header + 1), 0)).startsWith("市民政局 ");
    assertThat(TableLayout.from(lines.get(header + 1), tasksEnd - 2)).isEqualTo("19");
    assertThat(TableLayout.from(lines.get(header + 2), tasksEnd - 2)).isEqualTo("16");
    String group = lines.get(header + 13);
    assertThat(group).startsWith("市社区工作领导小组成员单位");
    assertThat(TableLayout.from(group, tasksEnd - 1)).isEqualTo("1");
  }

  @Test
  void anEmptyFileIsAPlanWithNothingInIt(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    CliRun run = CliRun.of("--file", empty.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).contains("title        -", "tasks        0", "diagnostics  0")
        .endsWith("UNIT  TASKS");
  }

  @Test
  void diagnosticsAreListedUnderTheCounts(@TempDir Path dir) throws Exception {
    Path orphan = dir.resolve("orphan.txt");
    Files.writeString(orphan, "没有编号的段落。\n");

    List<String> lines = CliRun.of("--file", orphan.toString()).outLines();

    assertThat(lines).contains("diagnostics  1");
    assertThat(lines.get(lines.indexOf("diagnostics  1") + 1)).startsWith("  1:1: ");
  }

  @Test
  void fileMayBeGivenBeforeOrAfterTheCommand(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("one.txt");
    Files.writeString(plan, "(一)测试\n\n1、测试事项\n\n2011年前完成。(责任单位:市财政局)\n");

    CliRun before = CliRun.of("--file", plan.toString(), "tasks", "--format", "json");
    CliRun after = CliRun.of("tasks", "--format", "json", "--file", plan.toString());

    assertThat(before.json()).hasSize(1).isEqualTo(after.json());
  }

  @Test
  void versionNamesTheTool() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).matches("pilotplan \\d+\\.\\d+\\.\\d+.*");
  }
}
