package io.github.pilotplan.examples;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headline question of the pilot plan: which tasks does 市财政局 own that fall due in 2011?
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * // (一) › 6, (一) › 6 › (1), (一) › 6 › (2), (二) › 1 › (3)
 * }</pre>
 *
 * <p>{@code ownedBy} matches a task's <em>effective</em> units, so the sub-items of 6、 count even
 * though only 6、 itself names its units. Aliases work too: {@code ownedBy("财政局")} asks the same
 * question. To ask it of your own page, load it with {@code PlanLoader.standard().load(path)}.
 *
 * <p>Run it with {@code java -cp pilotplan.jar io.github.pilotplan.examples.HeadlineQuery}.
 */
public final class HeadlineQuery {

  private HeadlineQuery() {}

  /** Prints each matching task: its path, its deadlines as written and its units. */
  public static void main(String[] args) {
    Plan plan = PlanLoader.seed();
    List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();

    System.out.println("市财政局 owns " + due.size() + " tasks due in 2011:");
    for (Task task : due) {
      String deadlines = task.effectiveDeadlines().stream()
          .map(Deadline::text)
          .collect(Collectors.joining(", "));
      String units = task.effectiveUnits().stream()
          .map(Unit::name)
          .collect(Collectors.joining("、"));
      System.out.println("  " + task.pathText() + "  [" + deadlines + "]  " + units);
    }
  }
}
