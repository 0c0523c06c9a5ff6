package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pilotplan tasks} as a table for people. */
class TasksTableTest {

  private static final String[] TITLES = {"PATH", "DEADLINE", "UNITS", "TEXT"};

  @Test
  void headlineTableAlignsChineseColumnsByDisplayWidth() {
    CliRun run = CliRun.of("tasks", "--owner", "市财政局", "--due", "2011");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(6);
    List<Integer> starts = TableLayout.columnStarts(lines.get(0), TITLES);
    TableLayout.assertCellsStartAt(lines.get(1), starts,
        "(一) › 6", "到2011年", "市民政局、市人事局、市机编办、市财政局", "到2011年,制定");
    TableLayout.assertCellsStartAt(lines.get(2), starts,
        "(一) › 6 › (1)", "2011年前", "市民政局、市人事局、市机编办、市财政局", "2011年前,建立");
    TableLayout.assertCellsStartAt(lines.get(3), starts,
        "(一) › 6 › (2)", "2011年前", "市民政局、市人事局、市机编办、市财政局", "2011年前,研究");
    TableLayout.assertCellsStartAt(lines.get(4), starts,
        "(二) › 1 › (3)", "2011年", "市民政局、市人事局、市财政局、市国土局、市农业局、黄江镇、厚街镇",
        "2011年,在全市");
    assertThat(lines.get(5)).isEqualTo("4 tasks");
  }

  @Test
  void longTextIsCutToFitA120ColumnTerminal() {
    List<String> lines = CliRun.of("tasks").outLines();

    assertThat(lines).hasSize(1 + 20 + 1);
    for (String line : lines) {
      assertThat(TableLayout.width(line)).as(line).isLessThanOrEqualTo(120);
      assertThat(line).doesNotEndWith(" ");
    }
    // Every statement of the seed is longer than the room left for it.
    lines.subList(1, 21).forEach(row -> assertThat(row).endsWith("…"));
    List<Integer> starts = TableLayout.columnStarts(lines.get(0), TITLES);
    for (String row : lines.subList(1, 21)) {
      for (int start : starts.subList(1, starts.size())) {
        assertThat(TableLayout.from(row, start - 2)).as(row).startsWith("  ");
      }
    }
  }

  @Test
  void anInheritedDeadlineIsStarredAndTheFooterSaysSo() {
    List<String> lines = CliRun.of("tasks", "--owner", "市经贸局").outLines();
    List<Integer> starts = TableLayout.columnStarts(lines.get(0), TITLES);

    // 3(2) "通过政府购买服务…" works to 3's 2012年前.
    String row = lines.stream().filter(l -> l.startsWith("(一) › 3 › (2) ")).findFirst().orElseThrow();
    TableLayout.assertCellsStartAt(row, starts,
        "(一) › 3 › (2)", "2012年前*", "市民政局、市财政局、市经贸局、市机编办", "通过政府购买服务");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("9 tasks; * deadline inherited from the enclosing task");
  }

  @Test
  void aTaskWithoutDeadlineHasAnEmptyDeadlineCell() {
    List<String> lines = CliRun.of("tasks", "--town", "黄江").outLines();
    List<Integer> starts = TableLayout.columnStarts(lines.get(0), TITLES);

    // (二)1 "在社区设立“社区政务服务中心”…" names no year.
    TableLayout.assertCellsStartAt(lines.get(1), starts, "(二) › 1", " ", "市民政局、", "在社区设立");
    TableLayout.assertCellsStartAt(lines.get(2), starts, "(二) › 1 › (1)", "2009至2010年", "市民政局、",
        "2009至2010年,以黄江");
  }

  @Test
  void aQueryThatMatchesNothingPrintsAnEmptyTable() {
    CliRun run = CliRun.of("tasks", "--owner", "市财政局", "--due", "2009");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("PATH  DEADLINE  UNITS  TEXT", "0 tasks");
    assertThat(run.err()).isEmpty();
  }
}
