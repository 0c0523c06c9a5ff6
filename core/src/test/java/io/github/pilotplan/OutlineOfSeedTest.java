package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Level;
import org.junit.jupiter.api.Test;

/** The outline of the seed: items 3–6 stand before (二), so they hang under an inferred (一). */
class OutlineOfSeedTest {

  private final Plan plan = PlanLoader.seed();

  @Test
  void theFirstSectionIsInferredAndUntitled() {
    assertThat(plan.outline()).hasSize(2);
    Section first = plan.outline().get(0);
    assertThat(first.label().text()).isEqualTo("(一)");
    assertThat(first.level()).isEqualTo(Level.SECTION);
    assertThat(first.ordinal()).isEqualTo(1);
    assertThat(first.isInferred()).isTrue();
    assertThat(first.title()).isEmpty();
    assertThat(first.source()).isEmpty();
    assertThat(first.children()).extracting(Section::ordinal).containsExactly(3, 4, 5, 6);
  }

  @Test
  void theSecondSectionIsReal() {
    Section second = plan.outline().get(1);
    assertThat(second.isInferred()).isFalse();
    assertThat(second.title()).hasValue("深化社区建设和基层管理与服务体制改革");
    assertThat(second.source().get().line()).isEqualTo(42);
    assertThat(second.source().get().column()).isEqualTo(3);
    assertThat(second.children()).extracting(s -> s.title().orElseThrow())
        .containsExactly("深化基层社会管理与服务体制改革", "推进城乡社区一体化建设");
  }

  @Test
  void itemsAndSubItems() {
    assertThat(plan.section("(一)", "3").flatMap(Section::title))
        .hasValue("培育发展基层社区社会组织,增强社区社会组织服务功能");
    assertThat(plan.section("(一)", "5").get().children()).hasSize(4);
    // (4) opens with a short title closed by 。, then the statement goes on.
    assertThat(plan.section("(一)", "5", "(4)").flatMap(Section::title)).hasValue("加强深莞惠三地合作");
    assertThat(plan.section("(一)", "5", "(3)").flatMap(Section::title)).isEmpty();
    assertThat(plan.section("(二)", "1").get().children()).extracting(Section::level)
        .containsOnly(Level.SUB_ITEM);
    assertThat(plan.sections().count()).isEqualTo(22);
  }

  @Test
  void pathsAcceptTheWrittenForms() {
    assertThat(plan.section("（一）", "6、")).isEqualTo(plan.section("(一)", "6"));
    assertThat(plan.section("(一)", "9")).isEmpty();
    assertThat(plan.section("(二)", "1", "(3)").get().pathText()).isEqualTo("(二) › 1 › (3)");
  }
}
