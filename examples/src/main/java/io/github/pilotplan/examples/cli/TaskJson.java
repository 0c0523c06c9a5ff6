package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tasks as the JSON of {@code pilotplan tasks --format json}: one array, one object per task.
 *
 * <pre>{@code
 * JsonOutput.print(TaskJson.of(plan.task("(一)", "6", "(1)").stream().toList()), out);
 * // [
 * //   {
 * //     "path": ["(一)", "6", "(1)"],          (one label per line in the real output)
 * //     "title": null,
 * //     "text": "2011年前,建立社会组织专职工作人员培训上岗制度,…",
 * //     "units": ["市民政局", "市人事局", "市机编办", "市财政局"],
 * //     "leadUnit": "市民政局",
 * //     "unitsInherited": true,
 * //     "deadlines": [{"text": "2011年前", "kind": "BEFORE", "startYear": null, "dueYear": 2011,
 * //                    "dueMonth": null, "inherited": false}],
 * //     "recurrence": null,
 * //     "towns": [],
 * //     "targets": [],
 * //     "deliverables": [],
 * //     "source": {"line": 38, "column": 6}
 * //   }
 * // ]
 * }</pre>
 *
 * <p>Fields: {@code path} the canonical labels; {@code units} the effective units in document
 * order; {@code deadlines} the effective deadlines, {@code inherited} telling whether they come
 * from an enclosing task; {@code kind} a {@link io.github.pilotplan.model.DeadlineKind} name;
 * {@code recurrence} a {@link io.github.pilotplan.model.Recurrence} name or null; {@code towns}
 * full names; {@code targets} each with {@code value} a number and {@code dueYear} from the
 * target's own deadline; {@code source} the 1-based line and column where the statement starts.
 * Absent values are JSON null, never missing.
 */
final class TaskJson {

  private TaskJson() {}

  /** The array of task objects, in the order given. */
  static ArrayNode of(List<Task> tasks) {
    ArrayNode array = JsonOutput.array();
    tasks.forEach(t -> array.add(of(t)));
    return array;
  }

  /** One task object. */
  static ObjectNode of(Task task) {
    ObjectNode node = JsonOutput.object();
    node.set("path", JsonOutput.strings(task.pathLabels()));
    JsonOutput.put(node, "title", task.title());
    node.put("text", task.text());
    node.set("units", JsonOutput.strings(names(task.effectiveUnits())));
    JsonOutput.put(node, "leadUnit", task.leadUnit().map(Unit::name));
    node.put("unitsInherited", task.unitsInherited());
    ArrayNode deadlines = node.putArray("deadlines");
    task.effectiveDeadlines().forEach(d -> deadlines.add(deadline(d, task.deadlinesInherited())));
    JsonOutput.put(node, "recurrence", task.recurrence().map(Enum::name));
    node.set("towns", JsonOutput.strings(
        task.towns().stream().map(Town::name).collect(Collectors.toList())));
    ArrayNode targets = node.putArray("targets");
    task.targets().forEach(t -> targets.add(target(t)));
    node.set("deliverables", JsonOutput.strings(task.deliverables()));
    ObjectNode source = node.putObject("source");
    source.put("line", task.source().line());
    source.put("column", task.source().column());
    return node;
  }

  private static ObjectNode deadline(Deadline d, boolean inherited) {
    ObjectNode node = JsonOutput.object();
    node.put("text", d.text());
    node.put("kind", d.kind().name());
    JsonOutput.put(node, "startYear", d.startYear());
    JsonOutput.put(node, "dueYear", d.dueYear());
    JsonOutput.put(node, "dueMonth", d.dueMonth());
    node.put("inherited", inherited);
    return node;
  }

  private static ObjectNode target(Target t) {
    ObjectNode node = JsonOutput.object();
    node.put("text", t.text());
    node.put("subject", t.subject());
    node.put("bound", t.bound().name());
    node.put("value", t.value());
    node.put("unit", t.unit());
    Optional<Deadline> deadline = t.deadline();
    if (deadline.isPresent() && deadline.get().dueYear().isPresent()) {
      node.put("dueYear", deadline.get().dueYear().getAsInt());
    } else {
      node.putNull("dueYear");
    }
    return node;
  }

  private static List<String> names(List<Unit> units) {
    return units.stream().map(Unit::name).collect(Collectors.toList());
  }
}
