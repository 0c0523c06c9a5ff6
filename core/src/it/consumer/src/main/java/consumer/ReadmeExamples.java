package consumer;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's Java examples as a user would paste them (the core's ReadmeExamplesTest checks that
 * every line of them is here), compiled without Jackson and with -Xlint:all -Werror; main runs the
 * headline query and checks its four answers.
 */
public final class ReadmeExamples {

  private ReadmeExamples() {}

  /** The example that opens the README. */
  static List<Task> headline() {
    List<Task> due = PlanLoader.seed().tasks().ownedBy("市财政局").dueIn(2011).list();
    // (一) › 6, (一) › 6 › (1), (一) › 6 › (2), (二) › 1 › (3)
    return due;
  }

  /** "Questions in one line": compiled, not run (page2.txt is the user's file). */
  static void questions() throws IOException {
    Plan plan = PlanLoader.seed();                                    // the bundled page
    Plan mine = PlanLoader.standard().load(Path.of("page2.txt"));     // UTF-8 or GB18030, told apart

    plan.tasks().ownedBy("财政局").dueIn(2011).list();     // aliases: 财政局, 东莞市财政局 → 市财政局
    plan.tasks().ledBy("市民政局").count();                 // 19: the unit marked 牵头, else the first listed
    plan.tasks().dueBy(2010).orderedByDeadline().list();   // due in 2010 or earlier, soonest first
    plan.tasks().activeIn(2030).list();                    // [(一) › 4 › (2)]: 从2010年开始 has no end
    plan.tasks().inTown("黄江").list();                     // [(二) › 1, (二) › 1 › (1)]
    plan.tasks().under("(一)", "5").containing("孵化基地").list();
    plan.tasks().withTargets().first();                    // (二) › 2: 80% and 60% of communities
    plan.tasks().groupByUnit();                            // the 任务分解表: unit → its tasks
    plan.tasks().groupByDueYear();                         // 2009 → …, 2010 → …, 2011 → …, 2012 → …
    System.out.println(mine);
  }

  /** Many plans as a corpus: compiled, not run (shilong.txt is the user's file). */
  static void corpus() throws IOException {
    Corpus corpus = Corpus.of(List.of(PlanLoader.seed(), PlanLoader.standard().load(Path.of("shilong.txt"))));
    for (Task t : corpus.tasks().ownedBy("市财政局").dueIn(2011).list()) {   // plan by plan, in document order
      System.out.println(corpus.planOf(t).flatMap(Plan::name).orElse("?") + "  " + t.pathText());
    }
  }

  /** Runs the headline query and fails unless it answers the README's four tasks. */
  public static void main(String[] args) {
    List<String> paths = headline().stream().map(Task::pathText).toList();
    List<String> expected = List.of("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
    if (!paths.equals(expected)) {
      throw new AssertionError("the headline query answered " + paths + ", not " + expected);
    }
  }
}
