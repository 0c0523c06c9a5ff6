package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pilotplan tasks --file … --owner …} on the files of {@code src/test/resources/files}
 * (their {@code .source.md} say where each comes from), through the command line's main class.
 */
class FileFormatsCliTest {

  private static final Path FILES = Path.of("src/test/resources/files");

  /** The task table's rows that name 市人力资源和社会保障局, read off the table (its key). */
  private static final List<List<String>> HRSS_ROWS = List.of(
      List.of("(一)", "2"), List.of("(一)", "4"), List.of("(一)", "5"), List.of("(一)", "6"),
      List.of("(一)", "7"), List.of("(一)", "8"), List.of("(二)", "9"));

  @ParameterizedTest
  @ValueSource(strings = {"guangzhou-talent-2012-table.html", "guangzhou-talent-2012-table.docx"})
  void tasksOfAUnitFromTheTableOfAPageOrAWordFile(String file) {
    CliRun run = CliRun.of("tasks", "--file", FILES.resolve(file).toString(), "--owner", "市人力资源和社会保障局",
        "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(paths(run.json())).isEqualTo(HRSS_ROWS);
    assertThat(run.json().get(2).get("leadUnit").asText()).isEqualTo("市人力资源和社会保障局");   // (一) › 5
    assertThat(run.json().get(3).get("leadUnit").asText()).isEqualTo("市金融办");   // (一) › 6
  }

  @Test
  void tasksOfAUnitFromThePdf() {
    CliRun run = CliRun.of("tasks", "--file", FILES.resolve("guangzhou-talent-2012-table.pdf").toString(),
        "--owner", "市人力资源和社会保障局", "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    // Row 8's 牵头单位 is a cell merged with row 7's, which a PDF does not keep (see the key).
    List<List<String>> expected = new ArrayList<>(HRSS_ROWS);
    expected.remove(List.of("(一)", "8"));
    assertThat(paths(run.json())).isEqualTo(expected);
  }

  @Test
  void theTableListsPathsAndUnits() {
    CliRun run = CliRun.of("tasks", "--file", FILES.resolve("guangzhou-talent-2012-table.docx").toString(),
        "--lead", "市委组织部");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("(一) › 3")).anyMatch(l -> l.startsWith("(二) › 9"))
        .anyMatch(l -> l.startsWith("(二) › 10"));
  }

  @Test
  void aBrokenFileIsOneLineOnStderr() throws IOException {
    Path bad = Files.writeString(Files.createTempDirectory("pilotplan-cli").resolve("plan.pdf"), "%PDF-1.7 broken");
    CliRun run = CliRun.of("tasks", "--file", bad.toString());
    assertThat(run.exitCode()).isEqualTo(PilotplanCli.EXIT_INPUT_ERROR);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("pilotplan: cannot read " + bad + ": not a readable PDF");
  }

  private static List<List<String>> paths(JsonNode tasks) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode t : tasks) {
      List<String> p = new ArrayList<>();
      t.get("path").forEach(n -> p.add(n.asText()));
      out.add(p);
    }
    return out;
  }
}
