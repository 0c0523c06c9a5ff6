package io.github.pilotplan.properties;

import static io.github.pilotplan.properties.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import org.junit.jupiter.api.Test;

/**
 * Plan → JSON → Plan gives the same plan, provenance included, for any plan the loader makes.
 * QuickTheories, each property with a fixed number of tries from {@link Generators#SEED}.
 */
class JsonPropertiesTest {

  @Test
  void generatedDocumentsRoundTripThroughJson() {
    qt(100).forAll(Generators.documents()).checkAssert(text -> {
      Plan plan = PlanLoader.strict().load(text);

      Plan back = PlanJson.roundTrip(plan);

      assertThat(back).isEqualTo(plan);
      PlanJson.assertSameProvenance(back, plan);
    });
  }

  @Test
  void whateverTheLoaderMakesOfPlanishTextRoundTrips() {
    qt(300).forAll(Generators.planish().mix(Generators.planLines())).checkAssert(text -> {
      Plan plan = PlanLoader.standard().load(text);

      Plan back = PlanJson.roundTrip(plan);

      assertThat(back).isEqualTo(plan);
      assertThat(back.diagnostics()).isEqualTo(plan.diagnostics());
      PlanJson.assertSameProvenance(back, plan);
    });
  }
}
