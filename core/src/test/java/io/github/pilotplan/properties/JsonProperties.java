package io.github.pilotplan.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Plan → JSON → Plan gives the same plan, provenance included, for any plan the loader makes. */
class JsonProperties {

  @Property(tries = 100)
  void generatedDocumentsRoundTripThroughJson(@ForAll("documents") String text) {
    Plan plan = PlanLoader.strict().load(text);

    Plan back = PlanJson.roundTrip(plan);

    assertThat(back).isEqualTo(plan);
    PlanJson.assertSameProvenance(back, plan);
  }

  @Property(tries = 200)
  void whateverTheLoaderMakesOfPlanishTextRoundTrips(@ForAll("planish") String text) {
    Plan plan = PlanLoader.standard().load(text);

    Plan back = PlanJson.roundTrip(plan);

    assertThat(back).isEqualTo(plan);
    assertThat(back.diagnostics()).isEqualTo(plan.diagnostics());
    PlanJson.assertSameProvenance(back, plan);
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<Integer> subItems = Arbitraries.integers().between(0, 3);
    Arbitrary<List<List<List<Integer>>>> shapes =
        subItems.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<GeneratedDocuments.Style> styles = Combinators.combine(
        Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(GeneratedDocuments.Style::new);
    return Combinators.combine(shapes, Arbitraries.longs(), styles).as(GeneratedDocuments::render);
  }

  @Provide
  Arbitrary<String> planish() {
    return Arbitraries.strings()
        .withChars("(（)）一二三十123、.．①:：,，;；。《》〔〕年月底前至从开始起到责任单位牵头市局镇黄江厚街各\n\r \u3000")
        .ofMaxLength(300);
  }
}
