package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.LineRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The facts of the seed page, each read off the seed by hand. */
class SeedPlanTest {

  private static final Path SEED = Path.of("../seeds/000_8ddc76576f8f43b0.txt");

  private final Plan plan = PlanLoader.seed();

  @Test
  void documentFacts() {
    assertThat(plan.issuer()).hasValue("东莞市人民政府办公室");
    assertThat(plan.title()).hasValue(
        "东莞市人民政府办公室关于印发《东莞市履行<民政部、广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议>试点方案》的通知");
    assertThat(plan.name()).hasValue("东莞市履行<民政部、广东省人民政府共同推进珠江三角洲地区民政工作改革发展协议>试点方案");
    assertThat(plan.metadata()).isEmpty();
  }

  @Test
  void pageFacts() {
    assertThat(plan.page().site()).hasValue("法搜网--中国法律信息搜索网");
    assertThat(plan.page().isPartial()).isTrue();
    assertThat(plan.page().totalPages()).hasValue(10);
  }

  @Test
  void holdsTwentyTasks() {
    assertThat(plan.allTasks()).hasSize(20);
    assertThat(plan.allTasks()).extracting(t -> t.pathText()).containsExactly(
        "(一) › 3", "(一) › 3 › (1)", "(一) › 3 › (2)", "(一) › 3 › (3)",
        "(一) › 4", "(一) › 4 › (1)", "(一) › 4 › (2)",
        "(一) › 5", "(一) › 5 › (1)", "(一) › 5 › (2)", "(一) › 5 › (3)", "(一) › 5 › (4)",
        "(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)",
        "(二) › 1", "(二) › 1 › (1)", "(二) › 1 › (2)", "(二) › 1 › (3)",
        "(二) › 2");
  }

  @Test
  void everyUnitAndTownInOrderOfFirstMention() {
    assertThat(plan.units()).extracting(u -> u.name()).containsExactly(
        "市民政局", "市财政局", "市经贸局", "市机编办",
        "市委组织部", "市人大办", "市政协办",
        "市人事局",
        "市国土局", "市农业局", "黄江镇", "厚街镇",
        "市社区工作领导小组成员单位", "各镇街");
    assertThat(plan.towns()).extracting(t -> t.name()).containsExactly("黄江镇", "厚街镇");
  }

  @Test
  void everyNonBlankLineIsAccountedFor() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    List<Integer> nonBlank = IntStream.rangeClosed(1, lines.size())
        // Line 62 holds a lone no-break space: blank, like spaces and ideographic spaces.
        .filter(n -> !lines.get(n - 1).replace('\u00a0', ' ').replace('\u3000', ' ').isBlank())
        .boxed()
        .collect(Collectors.toList());
    assertThat(plan.lines()).extracting(SourceLine::line).containsExactlyElementsOf(nonBlank);
    assertThat(plan.diagnostics()).isEmpty();

    Map<LineRole, List<Integer>> byRole = plan.lines().stream()
        .collect(Collectors.groupingBy(SourceLine::role,
            Collectors.mapping(SourceLine::line, Collectors.toList())));
    assertThat(byRole.get(LineRole.BOILERPLATE)).containsExactly(1, 59, 60, 61, 63);
    assertThat(byRole.get(LineRole.METADATA)).containsExactly(2);
    assertThat(byRole.get(LineRole.HEADING)).containsExactly(4, 14, 22, 34, 42, 44, 54);
    assertThat(byRole.get(LineRole.STATEMENT)).hasSize(20);
    assertThat(byRole).doesNotContainKey(LineRole.UNPLACED);
  }

  @Test
  void keepsTheTextItWasLoadedFrom() throws IOException {
    assertThat(plan.text()).isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
  }

  @Test
  void loadingTheSameFileGivesAnEqualPlan() throws IOException {
    Plan fromPath = PlanLoader.standard().load(SEED);
    assertThat(fromPath).isEqualTo(plan);
    assertThat(fromPath.hashCode()).isEqualTo(plan.hashCode());
    assertThat(fromPath.allTasks().get(0).source()).isEqualTo(plan.allTasks().get(0).source());
  }

  @Test
  void dueDatesAreTheLastDayOfTheFirstDuePeriod() {
    java.util.function.Function<String, String> due = path -> plan.allTasks().stream()
        .filter(t -> t.pathText().equals(path)).findFirst().orElseThrow()
        .dueDate().map(Object::toString).orElse("none");
    assertThat(due.apply("(一) › 6 › (1)")).isEqualTo("2011-12-31");   // 2011年前
    assertThat(due.apply("(二) › 1 › (2)")).isEqualTo("2010-12-31");   // 2010年底前
    assertThat(due.apply("(二) › 2")).isEqualTo("2010-12-31");         // 到2010年底 … 到2012年
    assertThat(due.apply("(一) › 4 › (2)")).isEqualTo("none");         // 从2010年开始
  }
}
