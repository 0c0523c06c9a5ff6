package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pilotplan outline}. The seed page starts inside an untitled (一) with 3、4、5、6、, then
 * shows (二)深化社区建设和基层管理与服务体制改革 with 1、 and 2、; sub-items (1)… sit under the items.
 */
class OutlineCommandTest {

  @Test
  void jsonIsTheSectionTree() {
    CliRun run = CliRun.of("outline", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode top = run.json();
    assertThat(top).hasSize(2);

    JsonNode one = top.get(0);
    assertThat(TasksJsonTest.strings(one.get("path"))).containsExactly("(一)");
    assertThat(one.get("label").asText()).isEqualTo("(一)");
    assertThat(one.get("title").isNull()).isTrue();
    assertThat(one.get("inferred").asBoolean()).isTrue();
    assertThat(one.get("children").findValuesAsText("label")).startsWith("3", "(1)", "(2)", "(3)", "4");
    JsonNode items = one.get("children");
    assertThat(items).hasSize(4);
    assertThat(items.get(0).get("title").asText()).isEqualTo("培育发展基层社区社会组织,增强社区社会组织服务功能");
    JsonNode five = items.get(2);
    assertThat(TasksJsonTest.strings(five.get("path"))).containsExactly("(一)", "5");
    assertThat(five.get("children")).hasSize(4);
    JsonNode cooperation = five.get("children").get(3);
    assertThat(TasksJsonTest.strings(cooperation.get("path"))).containsExactly("(一)", "5", "(4)");
    assertThat(cooperation.get("title").asText()).isEqualTo("加强深莞惠三地合作");
    assertThat(cooperation.get("inferred").asBoolean()).isFalse();
    assertThat(cooperation.get("children")).isEmpty();

    JsonNode two = top.get(1);
    assertThat(two.get("title").asText()).isEqualTo("深化社区建设和基层管理与服务体制改革");
    assertThat(two.get("inferred").asBoolean()).isFalse();
    assertThat(two.get("children")).hasSize(2);
    JsonNode integration = two.get("children").get(1);
    assertThat(TasksJsonTest.strings(integration.get("path"))).containsExactly("(二)", "2");
    assertThat(integration.get("title").asText()).isEqualTo("推进城乡社区一体化建设");
  }

  @Test
  void tableIsAnIndentedTree() {
    List<String> lines = CliRun.of("outline").outLines();

    assertThat(lines).startsWith(
        "(一)  [inferred]",
        "  3  培育发展基层社区社会组织,增强社区社会组织服务功能",
        "    (1)",
        "    (2)",
        "    (3)",
        "  4  努力发挥社会组织依法参政议政的作用");
    assertThat(lines).contains("    (4)  加强深莞惠三地合作", "(二)  深化社区建设和基层管理与服务体制改革");
    // (一) 3(3) 4(2) 5(4) 6(2) = 1 + 4 + 3 + 3 + 5 + 3; (二) 1(3) 2 = 1 + 4 + 1.
    assertThat(lines).endsWith("  2  推进城乡社区一体化建设", "22 sections");
  }

  @Test
  void csvIsNotAnOutlineFormat() {
    CliRun run = CliRun.of("outline", "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).isEqualTo(
        "Invalid value for option '--format': expected one of [table, json] (case-sensitive) but was 'csv'");
  }
}
