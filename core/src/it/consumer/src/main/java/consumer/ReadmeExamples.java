package consumer;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
    plan.tasks().where("owned by 市财政局 due 2011");       // the same question, as a user types it
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

  /** Dates, for supervision: compiled, and run by main. */
  static void dates() {
    Plan plan = PlanLoader.seed();
    plan.tasks().overdueOn(LocalDate.of(2011, 1, 1)).list();
    // (一)4 到2010年, (一)4(1) 2009年, (一)5(1) 2010年, (二)1(1) 2009至2010年, (二)1(2) 2010年底前,
    // (二)2 到2010年底 (its first deadline)
    plan.tasks().dueBefore(LocalDate.of(2011, 1, 1));                             // the same six
    plan.tasks().dueBetween(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31)).count();  // 5
    plan.tasks().openOn(LocalDate.of(2012, 6, 30)).count();   // 10: the day lies in a deadline's span
  }

  /** A query as an Iterable, combined, limited and counted: compiled, and run by main. */
  static void combining() {
    Plan plan = PlanLoader.seed();
    for (Task t : plan.tasks().ownedBy("市财政局").dueIn(2011)) {    // a query is Iterable<Task>
      System.out.println(t.pathText());
    }
    plan.tasks().inTown("黄江").or(plan.tasks().dueIn(2009)).list();   // (一)4(1), (二)1, (二)1(1)
    plan.tasks().ledBy("民政局").not().list();                         // [(二) › 2]
    plan.tasks().orderedByDeadline().limit(3).list();                  // the three due first
    plan.tasks().groupByLeadUnit();                                    // lead unit → its tasks
    plan.tasks().countByLeadUnit();   // {市民政局=19, 市社区工作领导小组成员单位=1}: who leads the most
    plan.tasks().countByUnit();       // {市民政局=19, 市财政局=16, …}
    plan.tasks().countByDueYear();    // {2009=1, 2010=5, 2011=4, 2012=9}
  }

  /** The query language: compiled, and run by main. */
  static void language() {
    Plan plan = PlanLoader.seed();
    plan.tasks().where("tasks owned by 市财政局 due 2011");          // = ownedBy("市财政局").dueIn(2011)
    plan.tasks().where("owner:财政局 due:2011");                     // the compact form, same query
    plan.tasks().where("(in town 黄江 or led by 市社区工作领导小组成员单位) and not due 2010");   // [(二) › 1]
    plan.tasks().where("under (一) 5 containing 孵化基地 limit 1");   // [(一) › 5]
    plan.tasks().where("overdue on 2011-01-01 ordered by deadline");
    plan.tasks().ownedBy("财政局").dueIn(2011).toString();           // "tasks owned by 市财政局 due 2011"
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
    dates();
    combining();
    language();
  }
}
