package io.github.pilotplan.query;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.pilotplan.annotate.Deadline;
import io.github.pilotplan.annotate.Gazetteer;
import io.github.pilotplan.annotate.Place;
import io.github.pilotplan.annotate.Town;
import io.github.pilotplan.annotate.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.outline.Label;
import io.github.pilotplan.text.Cleaning;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable question about the tasks of a plan; each step narrows it and returns a new query.
 *
 * <pre>{@code
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * // [(一) › 6, (一) › 6 › (1), (一) › 6 › (2), (二) › 1 › (3)]
 *
 * plan.tasks().inTown("黄江").count();                  // 2
 * plan.tasks().under("(一)", "5").withTargets().list();  // []
 * plan.tasks().groupByUnit().get(Unit.of("财政局"));     // the 任务分解表 row of 市财政局
 * }</pre>
 *
 * <p>Semantics, all on a task's <em>effective</em> values (its own, or inherited from the nearest
 * enclosing task that states some):
 *
 * <ul>
 *   <li>{@link #ownedBy} — one of the task's units is the named unit (aliases such as 财政局 and
 *       东莞市财政局 resolve to 市财政局);
 *   <li>{@link #dueIn}, {@link #dueBy} — a deadline falls due in (by) the year; a FROM deadline
 *       ("从2010年开始") has no due year and never matches;
 *   <li>{@link #activeIn} — the year lies inside a deadline's span; a missing start is open, and
 *       FROM has no end.
 * </ul>
 *
 * <p>A name that matches no unit or town gives an empty result, never an exception. Queries are
 * values: two queries are equal when they ask the same question of the same tasks. They are
 * safe to share between threads.
 *
 * <p>Cost: the tasks a query is over are indexed once, by effective unit, lead unit, due year and
 * town; {@link #ownedBy}, {@link #ledBy}, {@link #dueIn} and {@link #inTown} read those indexes,
 * whose entries a query intersects smallest first before it tests the remaining steps on what is
 * left. A query with at least one indexed step therefore costs in proportion to its smallest
 * index entry, not to the number of tasks. {@link #dueBy}, {@link #activeIn}, {@link #under},
 * {@link #containing}, {@link #withTargets}, {@link #withDeliverables} and {@link #matching} are
 * tests on each candidate; alone they scan every task.
 */
public final class TaskQuery {

  private final TaskIndex index;
  private final ImmutableList<Task> tasks;
  private final ImmutableList<Criterion> criteria;
  private final Order order;

  private TaskQuery(TaskIndex index, ImmutableList<Criterion> criteria, Order order) {
    this.index = index;
    this.tasks = index.tasks;
    this.criteria = criteria;
    this.order = order;
  }

  /**
   * A query over {@code tasks}, which it keeps in the given (document) order. The tasks are
   * indexed here, once, in time linear in their number; every query derived from this one
   * shares the index, so keep the query (as {@link io.github.pilotplan.Plan#tasks()} does) rather
   * than calling this again for the same tasks.
   *
   * <pre>{@code
   * TaskQuery q = TaskQuery.over(plan.allTasks());
   * }</pre>
   */
  public static TaskQuery over(List<Task> tasks) {
    Preconditions.checkNotNull(tasks, "tasks");
    return new TaskQuery(new TaskIndex(ImmutableList.copyOf(tasks)), ImmutableList.of(), Order.DOCUMENT);
  }

  // ---------------------------------------------------------------- narrowing

  /**
   * Tasks one of whose effective units is the named unit.
   *
   * <pre>{@code
   * plan.tasks().ownedBy("财政局").count();   // 16: 财政局 is an alias of 市财政局
   * }</pre>
   */
  public TaskQuery ownedBy(String unitNameOrAlias) {
    Preconditions.checkNotNull(unitNameOrAlias, "unitNameOrAlias");
    String name = index.canonicalName(unitNameOrAlias);
    return with(new Criterion("ownedBy", name,
        t -> !name.isEmpty() && t.effectiveUnits().stream().anyMatch(u -> u.name().equals(name)),
        index.ownedBy(name)));
  }

  /** Tasks one of whose effective units is {@code unit}. */
  public TaskQuery ownedBy(Unit unit) {
    Preconditions.checkNotNull(unit, "unit");
    return ownedBy(unit.name());
  }

  /**
   * Tasks whose lead unit (the one marked 牵头, else the first listed) is the named unit.
   *
   * <pre>{@code
   * plan.tasks().ledBy("民政局").count();   // 19: every task but (二)2, whose first unit is 市社区工作领导小组成员单位
   * }</pre>
   */
  public TaskQuery ledBy(String unitNameOrAlias) {
    Preconditions.checkNotNull(unitNameOrAlias, "unitNameOrAlias");
    String name = index.canonicalName(unitNameOrAlias);
    return with(new Criterion("ledBy", name,
        t -> !name.isEmpty() && t.leadUnit().map(u -> u.name().equals(name)).orElse(false),
        index.ledBy(name)));
  }

  /** Tasks whose lead unit is {@code unit}. */
  public TaskQuery ledBy(Unit unit) {
    Preconditions.checkNotNull(unit, "unit");
    return ledBy(unit.name());
  }

  /**
   * Tasks with an effective deadline that falls due in {@code year}.
   *
   * <pre>{@code
   * plan.tasks().dueIn(2011).count();   // 4
   * }</pre>
   */
  public TaskQuery dueIn(int year) {
    return with(new Criterion("dueIn", year,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueIn(year)),
        index.dueIn(year)));
  }

  /** Tasks with an effective deadline that falls due in {@code year} or earlier. */
  public TaskQuery dueBy(int year) {
    return with(new Criterion("dueBy", year,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueBy(year))));
  }

  /**
   * Tasks with an effective deadline whose span holds {@code year}: "从2010年开始" is active in
   * 2010 and every year after, "2012年前" in every year up to 2012, "2009至2010年" in 2009 and 2010.
   */
  public TaskQuery activeIn(int year) {
    return with(new Criterion("activeIn", year,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isActiveIn(year))));
  }

  /**
   * Tasks whose words name the town, given by full or short name (黄江镇 or 黄江). An unknown name
   * matches nothing.
   */
  public TaskQuery inTown(String townName) {
    Preconditions.checkNotNull(townName, "townName");
    Optional<Town> town = Town.lookup(townName);
    return with(new Criterion("inTown", town.map(Town::name).orElse(townName),
        t -> town.isPresent() && t.towns().contains(town.get()),
        town.isPresent() ? index.inTown(town.get()) : TaskIndex.NONE));
  }

  /** Tasks whose words name {@code town}. */
  public TaskQuery inTown(Town town) {
    Preconditions.checkNotNull(town, "town");
    return inTown(town.name());
  }

  /**
   * Tasks whose words name the place, or a place inside it, given by full name or short form
   * from the {@link Gazetteer} (天河区, 天河, 广州市, 广东省). A name several divisions share
   * matches each of them; an unknown name matches nothing.
   *
   * <pre>{@code
   * plan.tasks().inPlace("天河区").list();   // the task of 选择广州开发区、天河区作为…试点区域
   * plan.tasks().inPlace("东莞市").count();  // every task that names a town of Dongguan, or Dongguan
   * }</pre>
   */
  public TaskQuery inPlace(String placeName) {
    Preconditions.checkNotNull(placeName, "placeName");
    ImmutableList<Place> candidates = Gazetteer.standard().lookup(placeName);
    return with(new Criterion("inPlace", Cleaning.clean(placeName).trim(),
        t -> t.places().stream().anyMatch(p -> candidates.stream().anyMatch(p::isWithin)),
        index.inPlace(candidates)));
  }

  /** Tasks whose words name {@code place} or a place inside it. */
  public TaskQuery inPlace(Place place) {
    Preconditions.checkNotNull(place, "place");
    return with(new Criterion("inPlace", place.code(),
        t -> t.places().stream().anyMatch(p -> p.isWithin(place)),
        index.inPlace(ImmutableList.of(place))));
  }

  /**
   * Tasks inside the section with the given path of labels, written as printed or as in the text.
   *
   * <pre>{@code
   * plan.tasks().under("(一)", "6").count();   // 3: 6 itself and its (1), (2)
   * plan.tasks().under("（二）", "1、").count(); // 4
   * }</pre>
   *
   * @throws io.github.pilotplan.text.TextParseException if a step is not an outline label
   */
  public TaskQuery under(String... labels) {
    Preconditions.checkNotNull(labels, "labels");
    ImmutableList<Label> path = Arrays.stream(labels)
        .map(l -> Label.of(Preconditions.checkNotNull(l, "label")))
        .collect(ImmutableList.toImmutableList());
    return under(path);
  }

  /** Tasks inside {@code section}. */
  public TaskQuery under(Section section) {
    Preconditions.checkNotNull(section, "section");
    return under(section.path());
  }

  private TaskQuery under(ImmutableList<Label> path) {
    return with(new Criterion("under", path.stream().map(Label::text).collect(Collectors.joining(" › ")),
        t -> t.path().size() >= path.size() && t.path().subList(0, path.size()).equals(path)));
  }

  /** Tasks that commit to at least one quantitative target. */
  public TaskQuery withTargets() {
    return with(new Criterion("withTargets", "", t -> !t.targets().isEmpty()));
  }

  /** Tasks that must produce at least one document (a 《…》 after 制定, 出台, …). */
  public TaskQuery withDeliverables() {
    return with(new Criterion("withDeliverables", "", t -> !t.deliverables().isEmpty()));
  }

  /**
   * Tasks whose title or text contains {@code text}; full- and half-width forms of brackets and
   * punctuation count as the same.
   *
   * <pre>{@code
   * plan.tasks().containing("孵化基地").count();   // 2
   * }</pre>
   */
  public TaskQuery containing(String text) {
    Preconditions.checkNotNull(text, "text");
    String needle = Cleaning.clean(text);
    return with(new Criterion("containing", needle,
        t -> Cleaning.clean(t.text()).contains(needle)
            || t.title().map(title -> Cleaning.clean(title).contains(needle)).orElse(false)));
  }

  /**
   * Tasks for which {@code predicate} holds: the way out for questions the other steps do not ask.
   * Two queries built with different predicate objects are not equal.
   */
  public TaskQuery matching(Predicate<? super Task> predicate) {
    Preconditions.checkNotNull(predicate, "predicate");
    return with(new Criterion("matching", predicate, predicate::test));
  }

  // ---------------------------------------------------------------- ordering

  /** The tasks in document order (the default). */
  public TaskQuery inDocumentOrder() {
    return new TaskQuery(index, criteria, Order.DOCUMENT);
  }

  /** The tasks ordered by their path of labels, level by level; ties keep document order. */
  public TaskQuery orderedByPath() {
    return new TaskQuery(index, criteria, Order.PATH);
  }

  /**
   * The tasks ordered by their earliest due year and month (a due year without a month counts as
   * the end of that year); tasks without a due year come last; ties keep document order.
   */
  public TaskQuery orderedByDeadline() {
    return new TaskQuery(index, criteria, Order.DEADLINE);
  }

  // ---------------------------------------------------------------- answers

  /** The matching tasks. */
  public ImmutableList<Task> list() {
    int[] at = positions(Integer.MAX_VALUE);
    ImmutableList.Builder<Task> b = ImmutableList.builderWithExpectedSize(at.length);
    for (int p : at) {
      b.add(tasks.get(p));
    }
    ImmutableList<Task> found = b.build();
    return order == Order.DOCUMENT ? found : ImmutableList.sortedCopyOf(order.comparator, found);
  }

  /** The matching tasks as a stream. */
  public Stream<Task> stream() {
    return list().stream();
  }

  /** How many tasks match. */
  public int count() {
    return positions(Integer.MAX_VALUE).length;
  }

  /** Whether any task matches. */
  public boolean isEmpty() {
    return positions(1).length == 0;
  }

  /** The first matching task. */
  public Optional<Task> first() {
    if (order == Order.DOCUMENT) {
      int[] at = positions(1);
      return at.length == 0 ? Optional.empty() : Optional.of(tasks.get(at[0]));
    }
    List<Task> l = list();
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * The matching tasks by effective unit, units in order of first appearance, tasks in query
   * order: the 任务分解表. A task with several units appears under each.
   *
   * <pre>{@code
   * plan.tasks().groupByUnit().keySet();   // [市民政局, 市财政局, 市经贸局, 市机编办, 市委组织部, …]
   * }</pre>
   */
  public ImmutableListMultimap<Unit, Task> groupByUnit() {
    ImmutableListMultimap.Builder<Unit, Task> b = ImmutableListMultimap.builder();
    for (Task t : list()) {
      for (Unit u : t.effectiveUnits()) {
        b.put(u, t);
      }
    }
    return b.build();
  }

  /**
   * The matching tasks by the due years of their effective deadlines, years ascending. A task
   * with deadlines due in two years appears under both; a task with no due year under none.
   *
   * <pre>{@code
   * plan.tasks().groupByDueYear().get(2011).size();   // 4
   * }</pre>
   */
  public ImmutableListMultimap<Integer, Task> groupByDueYear() {
    ImmutableList<Task> matching = list();
    ImmutableSortedSet<Integer> years = matching.stream()
        .flatMap(t -> t.effectiveDeadlines().stream())
        .filter(d -> d.dueYear().isPresent())
        .map(d -> d.dueYear().getAsInt())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    ImmutableListMultimap.Builder<Integer, Task> b = ImmutableListMultimap.builder();
    for (int year : years) {
      for (Task t : matching) {
        if (t.effectiveDeadlines().stream().anyMatch(d -> d.isDueIn(year))) {
          b.put(year, t);
        }
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- plumbing

  private TaskQuery with(Criterion c) {
    return new TaskQuery(index,
        ImmutableList.<Criterion>builderWithExpectedSize(criteria.size() + 1).addAll(criteria).add(c).build(),
        order);
  }

  /**
   * The positions of the first {@code limit} matching tasks, ascending: the index entries of the
   * indexed steps intersected smallest first, then the other steps tested on what is left; every
   * task tested when no step is indexed. The array may be an index entry itself: read it only.
   */
  private int[] positions(int limit) {
    int indexed = 0;
    for (Criterion c : criteria) {
      if (c.postings != null) {
        indexed++;
      }
    }
    if (indexed == 0) {
      return scan(limit);
    }
    int[][] entries = new int[indexed][];
    int k = 0;
    for (Criterion c : criteria) {
      if (c.postings != null) {
        entries[k++] = c.postings;
      }
    }
    for (int i = 1; i < entries.length; i++) {   // insertion sort by size: there are a few
      int[] e = entries[i];
      int j = i - 1;
      for (; j >= 0 && entries[j].length > e.length; j--) {
        entries[j + 1] = entries[j];
      }
      entries[j + 1] = e;
    }
    int[] found = entries[0];
    for (int i = 1; i < entries.length && found.length > 0; i++) {
      found = TaskIndex.intersect(found, entries[i]);
    }
    if (indexed == criteria.size() && found.length <= limit) {
      return found;
    }
    int[] out = new int[Math.min(found.length, limit)];
    int n = 0;
    for (int i = 0; i < found.length && n < out.length; i++) {
      if (testUnindexed(tasks.get(found[i]))) {
        out[n++] = found[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private int[] scan(int limit) {
    int[] out = new int[Math.min(tasks.size(), limit)];
    int n = 0;
    for (int i = 0; i < tasks.size() && n < out.length; i++) {
      if (testUnindexed(tasks.get(i))) {
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private boolean testUnindexed(Task t) {
    for (Criterion c : criteria) {
      if (c.postings == null && !c.test.test(t)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TaskQuery)) {
      return false;
    }
    TaskQuery q = (TaskQuery) o;
    return tasks.equals(q.tasks) && criteria.equals(q.criteria) && order == q.order;
  }

  @Override
  public int hashCode() {
    return Objects.hash(index.tasksHash(), criteria, order);
  }

  /** The question, e.g. {@code tasks.ownedBy(市财政局).dueIn(2011)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("tasks");
    for (Criterion c : criteria) {
      sb.append('.').append(c.name).append('(').append(c.argument).append(')');
    }
    if (order != Order.DOCUMENT) {
      sb.append('.').append(order.method).append("()");
    }
    return sb.toString();
  }

  /**
   * One narrowing step; equal when its name and argument are. An indexed step carries its index
   * entry, the positions of exactly the tasks its test accepts.
   */
  private static final class Criterion {
    final String name;
    final Object argument;
    final Predicate<Task> test;
    final int[] postings;

    Criterion(String name, Object argument, Predicate<Task> test) {
      this(name, argument, test, null);
    }

    Criterion(String name, Object argument, Predicate<Task> test, int[] postings) {
      this.name = name;
      this.argument = argument;
      this.test = test;
      this.postings = postings;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Criterion && ((Criterion) o).name.equals(name)
          && ((Criterion) o).argument.equals(argument);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + argument.hashCode();
    }
  }

  private enum Order {
    DOCUMENT("inDocumentOrder", (a, b) -> 0),
    PATH("orderedByPath", TaskQuery::comparePaths),
    DEADLINE("orderedByDeadline", Comparator.comparingLong(TaskQuery::dueKey));

    final String method;
    final Comparator<Task> comparator;

    Order(String method, Comparator<Task> comparator) {
      this.method = method;
      this.comparator = comparator;
    }
  }

  private static int comparePaths(Task a, Task b) {
    int n = Math.min(a.path().size(), b.path().size());
    for (int i = 0; i < n; i++) {
      int c = a.path().get(i).compareTo(b.path().get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.path().size(), b.path().size());
  }

  /** year * 100 + month of the earliest due date; after every real date when there is none. */
  private static long dueKey(Task t) {
    long best = Long.MAX_VALUE;
    for (Deadline d : t.effectiveDeadlines()) {
      if (d.dueYear().isPresent()) {
        long key = d.dueYear().getAsInt() * 100L + (d.dueMonth().isPresent() ? d.dueMonth().getAsInt() : 12);
        best = Math.min(best, key);
      }
    }
    return best;
  }
}
