package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The unit tally of {@code pilotplan units --format json}: one array of
 * {@code {name, kind, tasks, nearestDueYear}}.
 *
 * <pre>{@code
 * JsonOutput.print(UnitJson.of(UnitTally.of(PlanLoader.seed())), out);
 * // [
 * //   {
 * //     "name": "市民政局",
 * //     "kind": "MUNICIPAL_DEPARTMENT",
 * //     "tasks": 19,
 * //     "nearestDueYear": 2009
 * //   },
 * //   …
 * }</pre>
 *
 * <p>{@code kind} is a {@link io.github.pilotplan.model.UnitKind} name; {@code nearestDueYear} is
 * null when none of the unit's tasks has a due year.
 */
final class UnitJson {

  private UnitJson() {}

  /** The array of unit objects, in the order given. */
  static ArrayNode of(List<UnitTally.Row> rows) {
    ArrayNode array = JsonOutput.array();
    for (UnitTally.Row row : rows) {
      ObjectNode node = array.addObject();
      node.put("name", row.unit().name());
      node.put("kind", row.unit().kind().name());
      node.put("tasks", row.tasks());
      JsonOutput.put(node, "nearestDueYear", row.nearestDueYear());
    }
    return array;
  }
}
