package io.github.pilotplan.examples;

import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.List;

/**
 * The 任务分解表 (task breakdown): every responsible unit with the tasks it owns.
 *
 * <pre>{@code
 * ImmutableListMultimap<Unit, Task> byUnit = PlanLoader.seed().tasks().groupByUnit();
 * byUnit.get(Unit.of("财政局")).size();   // 16
 * }</pre>
 *
 * <p>{@code groupByUnit} keys the tasks by their effective units, units in order of first
 * appearance, so a task with several units appears under each of them. Narrow the query first
 * ({@code plan.tasks().dueBy(2010).groupByUnit()}) for the breakdown of one stage.
 *
 * <p>Run it with {@code java -cp pilotplan.jar io.github.pilotplan.examples.TaskBreakdown}.
 */
public final class TaskBreakdown {

  private TaskBreakdown() {}

  /** Prints each unit, how many tasks it owns, and their paths. */
  public static void main(String[] args) {
    Plan plan = PlanLoader.seed();
    ImmutableListMultimap<Unit, Task> byUnit = plan.tasks().groupByUnit();

    for (Unit unit : byUnit.keySet()) {
      List<Task> tasks = byUnit.get(unit);
      System.out.println(unit.name() + " owns " + tasks.size() + " task(s):");
      for (Task task : tasks) {
        System.out.println("  " + task.pathText());
      }
    }
  }
}
