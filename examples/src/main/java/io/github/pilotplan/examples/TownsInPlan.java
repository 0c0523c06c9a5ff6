package io.github.pilotplan.examples;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The towns (镇) and subdistricts (街道) the plan names, and the tasks that name each of them.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * plan.towns();                           // [黄江镇, 厚街镇]
 * plan.tasks().inTown("黄江").list();     // [(二) › 1, (二) › 1 › (1)]
 * }</pre>
 *
 * <p>A task names a town when its statement or its unit annotation does; {@code inTown} accepts the
 * full name (黄江镇) or the short one (黄江).
 *
 * <p>Run it with {@code java -cp pilotplan.jar io.github.pilotplan.examples.TownsInPlan}.
 */
public final class TownsInPlan {

  private TownsInPlan() {}

  /** Prints each town with its short name and the paths of the tasks that name it. */
  public static void main(String[] args) {
    Plan plan = PlanLoader.seed();

    for (Town town : plan.towns()) {
      List<Task> tasks = plan.tasks().inTown(town).list();
      String paths = tasks.stream().map(Task::pathText).collect(Collectors.joining(", "));
      System.out.println(town.name() + " (" + town.shortName() + "): " + paths);
    }
  }
}
