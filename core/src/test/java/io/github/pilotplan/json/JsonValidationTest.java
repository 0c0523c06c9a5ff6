package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import org.junit.jupiter.api.Test;

/**
 * JSON read back is checked: a span outside the text or a lead unit that is not among the task's
 * units is refused with a message that says what and where, not accepted to fail later.
 */
class JsonValidationTest {

  private static final String TEXT =
      "(一)总则\n1、2011年前完成调查。(责任单位:市民政局、市财政局)\n";

  private static ObjectNode planJson() {
    return PlanJson.MAPPER.valueToTree(PlanLoader.standard().load(TEXT));
  }

  private static Plan read(JsonNode json) throws Exception {
    return PlanJson.MAPPER.treeToValue(json, Plan.class);
  }

  @Test
  void theUneditedJsonReadsBack() throws Exception {
    Plan plan = read(planJson());

    org.assertj.core.api.Assertions.assertThat(plan).isEqualTo(PlanLoader.standard().load(TEXT));
  }

  @Test
  void aTaskSpanPastTheEndOfTheText() {
    ObjectNode json = planJson();
    ((ObjectNode) json.at("/allTasks/0/source")).put("offset", 500);

    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("task (一) › 1: span 2:")
        .hasMessageContaining("(offset 500, length")
        .hasMessageContaining("ends past the text, which has " + TEXT.length() + " characters");
  }

  @Test
  void aMentionThatDoesNotStartAtItsColumn() {
    ObjectNode json = planJson();
    // Line 2 starts at offset 6, after "(一)总则\n"; the first unit, 市民政局, at its column 20
    // (offset 25). Column 5 would put the line's start at offset 21, inside line 2.
    ((ObjectNode) json.at("/allTasks/0/unitMentions/0/source")).put("column", 5);

    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("task (一) › 1, unit 市民政局: span 2:5 (offset 25) does not start at column 5");
  }

  @Test
  void aLeadUnitThatIsNotAmongTheUnits() {
    ObjectNode json = planJson();
    ((ObjectNode) json.at("/allTasks/0")).putObject("leadUnit")
        .put("name", "市人事局").put("kind", "MUNICIPAL_DEPARTMENT");

    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("task (一) › 1: the lead unit 市人事局 is not among its units [市民政局, 市财政局]");
  }
}
