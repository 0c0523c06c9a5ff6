package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilotplan units}. Expected tallies, by hand from the seed: 3、 (4 tasks with its sub-items)
 * names 市民政局、市财政局、市经贸局、市机编办; 4、 (3) 市民政局、市委组织部、市人大办、市政协办;
 * 5、 (5) 市民政局、市经贸局、市财政局; 6、 (3) 市民政局、市人事局、市机编办、市财政局; (二)1 (4)
 * 市民政局、市人事局、市财政局、市国土局、市农业局、黄江镇、厚街镇; (二)2 (1)
 * 市社区工作领导小组成员单位、各镇街. Earliest due years: 4(1) 2009年; 5(1) 2010年; (二)1(1)
 * 2009至2010年, (二)1(2) 2010年底前; 6、 到2011年; (二)2 到2010年底.
 */
class UnitsCommandTest {

  @Test
  void jsonListsEveryUnitWithItsTaskCountAndNearestDueYear() {
    CliRun run = CliRun.of("units", "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<String> rows = new ArrayList<>();
    for (JsonNode unit : run.json()) {
      rows.add(unit.get("name").asText() + " " + unit.get("kind").asText() + " "
          + unit.get("tasks").asInt() + " " + unit.get("nearestDueYear").asInt());
    }
    assertThat(rows).containsExactly(
        "市民政局 MUNICIPAL_DEPARTMENT 19 2009",
        "市财政局 MUNICIPAL_DEPARTMENT 16 2010",
        "市经贸局 MUNICIPAL_DEPARTMENT 9 2010",
        "市机编办 MUNICIPAL_DEPARTMENT 7 2011",
        "市委组织部 MUNICIPAL_DEPARTMENT 3 2009",
        "市人大办 MUNICIPAL_DEPARTMENT 3 2009",
        "市政协办 MUNICIPAL_DEPARTMENT 3 2009",
        "市人事局 MUNICIPAL_DEPARTMENT 7 2010",
        "市国土局 MUNICIPAL_DEPARTMENT 4 2010",
        "市农业局 MUNICIPAL_DEPARTMENT 4 2010",
        "黄江镇 TOWN 4 2010",
        "厚街镇 TOWN 4 2010",
        "市社区工作领导小组成员单位 GROUP 1 2010",
        "各镇街 COLLECTIVE 1 2010");
  }

  @Test
  void aUnitWithoutDueYearsHasANullNearestDueYear(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("open-ended.txt");
    Files.writeString(plan, "(一)测试\n\n1、测试事项\n\n从2010年开始,每年开展一次检查。(责任单位:市审计局)\n");

    JsonNode units = CliRun.of("units", "--file", plan.toString(), "--format", "json").json();

    assertThat(units).hasSize(1);
    assertThat(units.get(0).get("name").asText()).isEqualTo("市审计局");
    assertThat(units.get(0).get("tasks").asInt()).isEqualTo(1);
    assertThat(units.get(0).get("nearestDueYear").isNull()).isTrue();
  }

  @Test
  void tableAlignsNamesAndRightAlignsNumbers() {
    List<String> lines = CliRun.of("units").outLines();

    assertThat(lines).hasSize(1 + 14);
    String header = lines.get(0);
    List<Integer> starts = TableLayout.columnStarts(header, "UNIT", "KIND", "TASKS", "NEAREST DUE");
    int tasksEnd = starts.get(2) + "TASKS".length();
    int dueEnd = starts.get(3) + "NEAREST DUE".length();
    String longest = lines.stream().filter(l -> l.startsWith("市社区工作领导小组成员单位")).findFirst().orElseThrow();
    TableLayout.assertCellsStartAt(longest, starts.subList(0, 2), "市社区工作领导小组成员单位", "GROUP");
    assertThat(TableLayout.from(longest, tasksEnd - 1)).startsWith("1  ");
    assertThat(TableLayout.from(longest, dueEnd - 4)).isEqualTo("2010");
    String first = lines.get(1);
    TableLayout.assertCellsStartAt(first, starts.subList(0, 2), "市民政局", "MUNICIPAL_DEPARTMENT");
    assertThat(TableLayout.from(first, tasksEnd - 2)).startsWith("19  ");
    assertThat(TableLayout.from(first, dueEnd - 4)).isEqualTo("2009");
  }
}
