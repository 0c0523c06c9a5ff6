package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import org.junit.jupiter.api.Test;

class NameHintsTest {

  private final Plan seed = PlanLoader.seed();

  @Test
  void namesAndAliasesOfThePlanNeedNoHint() {
    assertThat(NameHints.unit(seed, "市财政局")).isEmpty();
    assertThat(NameHints.unit(seed, "财政局")).isEmpty();
    assertThat(NameHints.unit(seed, "东莞市财政局")).isEmpty();
    assertThat(NameHints.unit(seed, "黄江")).isEmpty();        // a town listed as a unit
    assertThat(NameHints.town(seed, "黄江")).isEmpty();
    assertThat(NameHints.town(seed, "东莞市厚街镇")).isEmpty();
  }

  @Test
  void aMisspelledUnitGetsTheUnitsOneEditAway() {
    // 市才政局 is one substitution from both 市财政局 and 市民政局; the plan names 市民政局 first.
    assertThat(NameHints.unit(seed, "市才政局"))
        .contains("no unit \"市才政局\" in this plan; closest: 市民政局, 市财政局");
    // The canonical form counts: 东莞市经贸 becomes 市经贸, one insertion from 市经贸局.
    assertThat(NameHints.unit(seed, "东莞市经贸"))
        .contains("no unit \"东莞市经贸\" in this plan; closest: 市经贸局");
  }

  @Test
  void aTownOutsideThePlanGetsTheTownsOfThePlan() {
    // 石龙镇 is a real town, but the seed names only 黄江镇 and 厚街镇, both two edits from 石龙.
    assertThat(NameHints.town(seed, "石龙")).contains("no town \"石龙\" in this plan; closest: 黄江镇, 厚街镇");
    assertThat(NameHints.town(seed, "厚街街")).contains("no town \"厚街街\" in this plan; closest: 厚街镇");
  }

  @Test
  void aPlanWithoutUnitsSaysSo() throws Exception {
    Plan empty = PlanLoader.standard().load("");

    assertThat(NameHints.unit(empty, "市财政局")).contains("no unit \"市财政局\" in this plan; it names no units");
    assertThat(NameHints.town(empty, "黄江")).contains("no town \"黄江\" in this plan; it names no towns");
  }
}
