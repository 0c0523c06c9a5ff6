package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.internal.text.SourceText;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.annotate.TownGrammar;
import io.github.pilotplan.model.Town;

class TownTest {

  private static java.util.List<Town> towns(String text) {
    return TownGrammar.find(SourceText.of(text).region(0, text.length()));
  }

  @Test
  void twentyEightTownsAndFourSubdistricts() {
    assertThat(Town.all()).hasSize(32);
    assertThat(Town.all().stream().filter(t -> t.kind() == Town.Kind.TOWN)).hasSize(28);
    assertThat(Town.all().stream().filter(t -> t.kind() == Town.Kind.SUBDISTRICT))
        .extracting(Town::name)
        .containsExactlyInAnyOrder("莞城街道", "东城街道", "南城街道", "万江街道");
  }

  @Test
  void lookupByFullOrShortName() {
    assertThat(Town.lookup("黄江").map(Town::name)).hasValue("黄江镇");
    assertThat(Town.lookup("厚街镇").map(Town::shortName)).hasValue("厚街");
    assertThat(Town.lookup("东莞市厚街镇").map(Town::name)).hasValue("厚街镇");
    assertThat(Town.lookup("莞城")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(Town.Kind.SUBDISTRICT));
    assertThat(Town.lookup("广州")).isEmpty();
  }

  @Test
  void shortNamesInAListBeforeTheirSuffix() {
    assertThat(towns("以黄江、厚街两镇为试点,建立社区政务服务中心")).extracting(Town::name)
        .containsExactly("黄江镇", "厚街镇");
    assertThat(towns("在长安镇和虎门镇先行")).extracting(Town::name).containsExactly("长安镇", "虎门镇");
    // 黄江 alone, without 镇 or a list that ends in 镇, is not enough to name a town.
    assertThat(towns("黄江流域的水质")).isEmpty();
  }
}
