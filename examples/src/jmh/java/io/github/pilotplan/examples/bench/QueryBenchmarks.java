package io.github.pilotplan.examples.bench;

import static com.googlecode.cqengine.query.QueryFactory.and;
import static com.googlecode.cqengine.query.QueryFactory.attribute;
import static com.googlecode.cqengine.query.QueryFactory.equal;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.MultiValueAttribute;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.resultset.ResultSet;
import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Owner + due-year questions, in microseconds per question.
 *
 * <ul>
 *   <li>{@code seedHeadline}: {@code plan.tasks().ownedBy("市财政局").dueIn(2011).list()} on the
 *       seed (4 tasks of 20);
 *   <li>{@code corpusFluent}, {@code corpusStreamFilter}, {@code corpusCqengine}: the same question
 *       of a synthetic corpus of 100,000 tasks, through the fluent API, through a plain stream
 *       filter over all tasks, and through CQEngine with hash indexes on the same two attributes
 *       (effective unit names, due years of the effective deadlines). All three answer with a list;
 *       CQEngine's is in no particular order, the others' in document order. The set-up checks
 *       that the three find the same tasks.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Xmn3g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmarks {

  /** The seed, loaded and indexed. */
  @State(Scope.Benchmark)
  public static class Seed {
    Plan plan;

    @Setup
    public void load() {
      plan = PlanLoader.seed();
      plan.tasks();
    }
  }

  static final MultiValueAttribute<Task, String> OWNER =
      attribute(Task.class, String.class, "owner", QueryBenchmarks::unitNames);
  static final MultiValueAttribute<Task, Integer> DUE_YEAR =
      attribute(Task.class, Integer.class, "dueYear", QueryBenchmarks::dueYears);

  private static List<String> unitNames(Task t) {
    List<String> names = new ArrayList<>(t.effectiveUnits().size());
    for (Unit u : t.effectiveUnits()) {
      names.add(u.name());
    }
    return names;
  }

  private static List<Integer> dueYears(Task t) {
    List<Integer> years = new ArrayList<>(t.effectiveDeadlines().size());
    for (Deadline d : t.effectiveDeadlines()) {
      if (d.dueYear().isPresent()) {
        years.add(d.dueYear().getAsInt());
      }
    }
    return years;
  }

  /** A synthetic corpus of 100,000 tasks, and the same tasks in a CQEngine collection. */
  @State(Scope.Benchmark)
  public static class Tasks {
    @Param({"市财政局", "市残联"})
    public String owner;
    @Param("2011")
    public int year;
    Corpus corpus;
    List<Task> all;
    IndexedCollection<Task> cqengine;

    @Setup
    public void build() {
      corpus = SyntheticPlans.corpus(1, 100_000);
      all = corpus.allTasks();
      // CQEngine keeps a set: equal tasks (none expected) would collapse; the check below tells.
      cqengine = new ConcurrentIndexedCollection<>();
      cqengine.addIndex(HashIndex.onAttribute(OWNER));
      cqengine.addIndex(HashIndex.onAttribute(DUE_YEAR));
      cqengine.addAll(all);
      List<Task> fluent = fluent(this);
      List<Task> filtered = streamFilter(this);
      List<Task> cq = cqengine(this);
      Set<Task> distinct = new HashSet<>(filtered);
      if (!fluent.equals(filtered) || !new HashSet<>(cq).equals(distinct)) {
        throw new IllegalStateException("the three ways disagree: " + fluent.size() + " "
            + filtered.size() + " " + cq.size());
      }
      System.out.printf("%n# %,d plans, %,d tasks (%,d distinct in CQEngine); ownedBy(%s).dueIn(%d): %,d tasks%n",
          corpus.plans().size(), all.size(), cqengine.size(), owner, year, fluent.size());
    }
  }

  @Benchmark
  public List<Task> seedHeadline(Seed seed) {
    return seed.plan.tasks().ownedBy("市财政局").dueIn(2011).list();
  }

  @Benchmark
  public List<Task> corpusFluent(Tasks s) {
    return fluent(s);
  }

  @Benchmark
  public List<Task> corpusStreamFilter(Tasks s) {
    return streamFilter(s);
  }

  @Benchmark
  public List<Task> corpusCqengine(Tasks s) {
    return cqengine(s);
  }

  static List<Task> fluent(Tasks s) {
    return s.corpus.tasks().ownedBy(s.owner).dueIn(s.year).list();
  }

  static List<Task> streamFilter(Tasks s) {
    String owner = s.owner;
    int year = s.year;
    return s.all.stream()
        .filter(t -> t.effectiveUnits().stream().anyMatch(u -> u.name().equals(owner)))
        .filter(t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueIn(year)))
        .toList();
  }

  static List<Task> cqengine(Tasks s) {
    List<Task> found = new ArrayList<>();
    try (ResultSet<Task> rs = s.cqengine.retrieve(and(equal(OWNER, s.owner), equal(DUE_YEAR, s.year)))) {
      for (Task t : rs) {
        found.add(t);
      }
    }
    return found;
  }
}
