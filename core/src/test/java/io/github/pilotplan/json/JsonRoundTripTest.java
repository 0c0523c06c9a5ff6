package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.Deadlines;
import io.github.pilotplan.Labels;

/** Plan → JSON → Plan with Jackson, through the annotations Immutables generates. */
class JsonRoundTripTest {

  @Test
  void theSeedComesBackEqualWithItsProvenance() {
    Plan seed = PlanLoader.seed();

    Plan back = PlanJson.roundTrip(seed);

    assertThat(back).isEqualTo(seed);
    assertThat(back.allTasks()).hasSize(20);
    PlanJson.assertSameProvenance(back, seed);
    // A second trip changes nothing either.
    assertThat(PlanJson.roundTrip(back)).isEqualTo(seed);
  }

  @Test
  void aDocumentWithFullWidthLabelsKeepsHowTheyWereWritten() throws IOException {
    Plan document;
    try (InputStream in = getClass().getResourceAsStream("/documents/shilong-2011.txt")) {
      document = PlanLoader.standard().load(in);
    }

    Plan back = PlanJson.roundTrip(document);

    assertThat(back).isEqualTo(document);
    PlanJson.assertSameProvenance(back, document);
  }

  @Test
  void theJsonNamesTheModelsAttributes() throws IOException {
    JsonNode json = PlanJson.MAPPER.readTree(PlanJson.MAPPER.writeValueAsString(PlanLoader.seed()));

    assertThat(json.get("issuer").asText()).isEqualTo("东莞市人民政府办公室");
    assertThat(json.get("page").get("totalPages").asInt()).isEqualTo(10);
    // Line 38 of the seed: "  (1)2011年前,建立社会组织专职工作人员培训上岗制度,…", task (一) › 6 › (1);
    // its statement starts after two spaces and the three characters of "(1)".
    JsonNode task = json.get("allTasks").get(13);
    assertThat(task.get("text").asText()).startsWith("2011年前,建立社会组织专职工作人员培训上岗制度");
    assertThat(task.get("source").get("line").asInt()).isEqualTo(38);
    assertThat(task.get("source").get("column").asInt()).isEqualTo(6);
    assertThat(task.get("statedUnits")).isEmpty();
    assertThat(task.get("effectiveUnits").get(3).get("name").asText()).isEqualTo("市财政局");
    assertThat(task.get("statedDeadlines").get(0).get("kind").asText()).isEqualTo("BEFORE");
    assertThat(task.get("statedDeadlines").get(0).get("dueYear").asInt()).isEqualTo(2011);
    assertThat(task.get("statedDeadlines").get(0).get("startYear").isNull()).isTrue();
    assertThat(task.get("path").get(2).get("written").asText()).isEqualTo("(1)");
  }

  @Test
  void derivedAndDefaultAttributesDoNotBreakReading() throws IOException {
    // Label.text() is derived from level and ordinal: written out, ignored when read.
    Label label = Labels.parse("3、培育发展基层社区社会组织").orElseThrow();
    String json = PlanJson.MAPPER.writeValueAsString(label);
    assertThat(PlanJson.MAPPER.readTree(json).get("text").asText()).isEqualTo("3");
    assertThat(PlanJson.MAPPER.readTree(json).get("written").asText()).isEqualTo("3、");
    Label back = PlanJson.MAPPER.readValue(json, Label.class);
    assertThat(back).isEqualTo(label);
    assertThat(back.written()).isEqualTo("3、");
    // Without the defaulted written form, the canonical text stands in for it.
    Label bare = PlanJson.MAPPER.readValue("{\"level\":\"SECTION\",\"ordinal\":2}", Label.class);
    assertThat(bare.written()).isEqualTo("(二)");

    // Deadline.isOpenEnded() looks like a bean property; it is not one.
    Deadline from = Deadlines.parse("从2010年开始");
    Deadline fromBack = PlanJson.MAPPER.readValue(PlanJson.MAPPER.writeValueAsString(from), Deadline.class);
    assertThat(fromBack).isEqualTo(from);
    assertThat(fromBack.kind()).isEqualTo(DeadlineKind.FROM);
    assertThat(fromBack.source()).isEqualTo(from.source());
    assertThat(PlanJson.MAPPER.readTree(PlanJson.MAPPER.writeValueAsString(from)).has("openEnded")).isFalse();

    Unit unit = PlanJson.MAPPER.readValue(PlanJson.MAPPER.writeValueAsString(Unit.of("财政局")), Unit.class);
    assertThat(unit).isEqualTo(Unit.of("市财政局"));
    SourceSpan span = PlanJson.MAPPER.readValue("{\"line\":3,\"column\":4,\"offset\":40,\"length\":2}",
        SourceSpan.class);
    assertThat(span).isEqualTo(SourceSpan.of(3, 4, 40, 2));
  }

  @Test
  void valueChecksHoldForJsonToo() {
    // A FROM deadline with a due year is not a deadline, whether built or read.
    String json = "{\"text\":\"从2010年开始\",\"kind\":\"FROM\",\"startYear\":2010,\"dueYear\":2012,"
        + "\"dueMonth\":null,\"source\":{\"line\":1,\"column\":1,\"offset\":0,\"length\":8}}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanJson.MAPPER.readValue(json, Deadline.class))
        .hasMessageContaining("FROM needs a start year and no due year");
  }

  @Test
  void aTaskAlone() throws IOException {
    Task task = PlanLoader.seed().task("(二)", "1", "(1)").orElseThrow();
    Task back = PlanJson.MAPPER.readValue(PlanJson.MAPPER.writeValueAsString(task), Task.class);
    assertThat(back).isEqualTo(task);
    assertThat(back.townMentions()).isEqualTo(task.townMentions());
    assertThat(back.townMentions().get(1).source()).isEqualTo(task.townMentions().get(1).source());
  }
}
