package io.github.pilotplan.examples.cli;

import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The 任务分解表 counted: each responsible unit, how many tasks it owns and the nearest year one
 * of them falls due.
 *
 * <pre>{@code
 * for (UnitTally.Row row : UnitTally.of(PlanLoader.seed())) {
 *   row.unit();             // 市民政局
 *   row.tasks();            // 19
 *   row.nearestDueYear();   // OptionalInt[2009]
 * }
 * }</pre>
 *
 * <p>A unit owns a task when it is one of the task's effective units (its own, or those of the
 * enclosing task). The nearest due year is the least {@link Task#earliestDueYear()} over those
 * tasks, empty when none has a due year. Units come in order of first appearance.
 */
final class UnitTally {

  /** One unit's line of the tally. */
  record Row(Unit unit, int tasks, OptionalInt nearestDueYear) {}

  private UnitTally() {}

  /** The tally of every unit of {@code plan}. */
  static List<Row> of(Plan plan) {
    ImmutableListMultimap<Unit, Task> byUnit = plan.tasks().groupByUnit();
    List<Row> rows = new ArrayList<>();
    for (Unit unit : byUnit.keySet()) {
      List<Task> tasks = byUnit.get(unit);
      OptionalInt nearest = tasks.stream()
          .map(Task::earliestDueYear)
          .filter(OptionalInt::isPresent)
          .mapToInt(OptionalInt::getAsInt)
          .min();
      rows.add(new Row(unit, tasks.size(), nearest));
    }
    return rows;
  }
}
