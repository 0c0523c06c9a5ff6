package io.github.pilotplan.examples;

import com.google.common.collect.ImmutableListMultimap;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import java.util.stream.Collectors;

/**
 * The plan's timetable: for each year, the tasks that fall due in it.
 *
 * <pre>{@code
 * ImmutableListMultimap<Integer, Task> byYear = PlanLoader.seed().tasks().groupByDueYear();
 * byYear.keySet();               // [2009, 2010, 2011, 2012]
 * byYear.get(2011).size();       // 4
 * }</pre>
 *
 * <p>Years come in ascending order. A task whose deadlines fall due in two years ("到2010年底 …
 * 到2012年") is listed under both; an open-ended one ("从2010年开始") under none.
 *
 * <p>Run it with {@code java -cp pilotplan.jar io.github.pilotplan.examples.DeadlinesByYear}.
 */
public final class DeadlinesByYear {

  private DeadlinesByYear() {}

  /** Prints one line per year: the year, the number of tasks due, and their paths. */
  public static void main(String[] args) {
    Plan plan = PlanLoader.seed();
    ImmutableListMultimap<Integer, Task> byYear = plan.tasks().groupByDueYear();

    for (int year : byYear.keySet()) {
      String paths = byYear.get(year).stream()
          .map(Task::pathText)
          .collect(Collectors.joining(", "));
      System.out.println(year + " (" + byYear.get(year).size() + "): " + paths);
    }
  }
}
