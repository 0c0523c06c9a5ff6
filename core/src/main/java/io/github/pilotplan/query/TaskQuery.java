package io.github.pilotplan.query;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.UnmodifiableIterator;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.internal.annotate.Gazetteer;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.internal.text.Cleaning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import io.github.pilotplan.internal.outline.LabelGrammar;

/**
 * An immutable question about the tasks of a plan; each step narrows it and returns a new query.
 *
 * <pre>{@code
 * List<Task> due = plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * // [(一) › 6, (一) › 6 › (1), (一) › 6 › (2), (二) › 1 › (3)]
 * plan.tasks().where("owned by 市财政局 due 2011").equals(plan.tasks().ownedBy("市财政局").dueIn(2011));  // true
 *
 * for (Task t : plan.tasks().overdueOn(LocalDate.of(2011, 1, 1))) { … }   // 6 tasks
 * plan.tasks().inTown("黄江").count();                  // 2
 * plan.tasks().ownedBy("黄江").count();                 // 4
 * plan.tasks().under("(一)", "5").withTargets().list();  // []
 * plan.tasks().groupByUnit().get(Unit.of("财政局"));     // the 任务分解表 row of 市财政局
 * plan.tasks().countByLeadUnit();                       // {市民政局=19, 市社区工作领导小组成员单位=1}
 * }</pre>
 *
 * <p>Semantics, all on a task's <em>effective</em> values (its own, or inherited from the nearest
 * enclosing task that states some):
 *
 * <ul>
 *   <li>{@link #ownedBy} — one of the task's units is the named unit (aliases such as 财政局 and
 *       东莞市财政局 resolve to 市财政局); {@link #ledBy} — its lead unit is;
 *   <li>{@link #inTown} — the task's <em>words</em> name the town (its statement, or a town its
 *       own unit annotation lists). This differs from {@link #ownedBy}: (二)1 lists 黄江镇 and
 *       厚街镇 among its responsible units, and its sub-tasks (1)–(3) inherit them, so {@code
 *       ownedBy("黄江")} gives those 4 tasks, while {@code inTown("黄江")} gives the 2 whose own
 *       words name 黄江 ((二)1 and (1), "以黄江、厚街两镇为试点"). Ask {@code ownedBy} for who must
 *       act, {@code inTown} for where the text says the work happens;
 *   <li>{@link #dueIn}, {@link #dueBy} — a deadline falls due in (by) the year; a FROM deadline
 *       ("从2010年开始") has no due year and never matches;
 *   <li>{@link #dueBefore}, {@link #overdueOn}, {@link #dueBetween} — a deadline's due date (the
 *       last day of the period it names, {@link Deadline#dueDate()}) lies before the day, or
 *       between two days;
 *   <li>{@link #activeIn}, {@link #openOn} — the year (day) lies inside a deadline's span; a
 *       missing start is open, and FROM has no end.
 * </ul>
 *
 * <p>A name that matches no unit or town gives an empty result, never an exception (but {@link
 * #where} refuses names it does not know, and suggests the closest). Queries are values: two
 * queries are equal when they ask the same question of the same tasks. They are safe to share
 * between threads. {@link #toString()} prints the question in the language {@link #where} reads.
 *
 * <p>Cost: the tasks a query is over are indexed once, by effective unit, lead unit, due year,
 * town and place; {@link #ownedBy}, {@link #ledBy}, {@link #dueIn}, {@link #inTown} and {@link
 * #inPlace} read those indexes, whose entries a query intersects smallest first before it tests
 * the remaining steps on what is left. A query with at least one indexed step therefore costs in
 * proportion to its smallest index entry, not to the number of tasks. The other steps are tests
 * on each candidate; alone they scan every task. An {@link #or} or {@link #not} is tested on the
 * candidates when they are few, else it computes the positions of its parts once, on first use,
 * and then counts as indexed. Each indexed step is defined once, by the keys it gives a task: the
 * index holds those keys and the test compares them, so the two always agree.
 */
public final class TaskQuery implements Iterable<Task> {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final TaskIndex index;
  private final ImmutableList<Task> tasks;
  private final ImmutableList<Criterion> criteria;
  private final Order order;
  private final int limit;

  private TaskQuery(TaskIndex index, ImmutableList<Criterion> criteria, Order order, int limit) {
    this.index = index;
    this.tasks = index.tasks;
    this.criteria = criteria;
    this.order = order;
    this.limit = limit;
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
    return new TaskQuery(new TaskIndex(ImmutableList.copyOf(tasks)), ImmutableList.of(), Order.DOCUMENT, NO_LIMIT);
  }

  // ---------------------------------------------------------------- the query language

  /**
   * This query narrowed by a question written as text, in the language {@link #toString()}
   * prints.
   *
   * <pre>{@code
   * plan.tasks().where("owned by 市财政局 due 2011");           // (一)6, (一)6(1), (一)6(2), (二)1(3)
   * plan.tasks().where("tasks owner:市财政局 due:2011");        // the same question, compact
   * plan.tasks().where("overdue on 2011-01-01");                // 6 tasks
   * plan.tasks().where("(in town 黄江 or led by 市社区工作领导小组成员单位) and not due 2010");
   * plan.tasks().where("under (一) 5 containing 孵化基地 limit 1");
   * plan.tasks().where("owned by 市才政局");
   * // QueryParseException: no unit "市才政局" among the tasks; closest: 市民政局, 市财政局 at index 9 …
   * }</pre>
   *
   * <p>The grammar ({@code |} separates choices, {@code [ ]} is optional, {@code *} repeats;
   * keywords are case-insensitive, and spaces separate words):
   *
   * <pre>
   * query   = [ "tasks" ] [ or ] [ "ordered by" ( "path" | "deadline" | "document" ) ] [ "limit" N ]
   * or      = and ( "or" and )*
   * and     = unary ( [ "and" ] unary )*          two clauses side by side mean "and"
   * unary   = "not" unary | "(" or ")" | "all" | clause
   * clause  = "owned by" UNIT        | "owner:" UNIT
   *         | "led by" UNIT          | "lead:" UNIT
   *         | "due" [ "in" ] YEAR    | "due:" YEAR
   *         | "due by" YEAR          | "due-by:" YEAR
   *         | "due before" DATE      | "due-before:" DATE
   *         | "due between" DATE "and" DATE | "due-between:" DATE ".." DATE
   *         | "overdue on" DATE      | "overdue:" DATE
   *         | "open on" DATE         | "open:" DATE
   *         | "active in" YEAR       | "active:" YEAR
   *         | "in town" TOWN         | "town:" TOWN
   *         | "in place" PLACE       | "place:" PLACE
   *         | "under" LABEL LABEL*   | "under:" LABEL ( "/" LABEL )*
   *         | "containing" WORDS     | "text:" WORDS
   *         | "with targets"         | "with:targets"
   *         | "with deliverables"    | "with:deliverables"
   * YEAR    = an integer, e.g. 2011 (a trailing 年 is allowed)
   * DATE    = an ISO date, e.g. 2011-01-01
   * LABEL   = an outline label: (一) 5 (1) 一、 （二） 6、 …
   * UNIT, TOWN, PLACE, WORDS = one word (parentheses inside it must balance, as in 镇(街)) or
   *           a quoted string "…" in which \" and \\ stand for " and \
   * </pre>
   *
   * <p>{@code or} binds loosest, then {@code and}, then {@code not}. A unit must be one that the
   * tasks name (as effective or lead unit), by name or alias; a town one of the 32 towns and
   * subdistricts, by full or short name; a place one the gazetteer knows ({@link #inPlace});
   * otherwise the query fails and the message names the closest names (of units and towns).
   * Each clause means the step of the same name ({@code owned by} is {@link #ownedBy}, {@code
   * due} is {@link #dueIn}, {@code in place} is {@link #inPlace}, …);
   * {@code all} is no restriction. The steps read are added to this query's own.
   *
   * @throws QueryParseException if the text is not a query, or names an unknown unit or town;
   *     the exception gives the index of the problem and what was expected there
   */
  public TaskQuery where(String query) {
    Preconditions.checkNotNull(query, "query");
    return QueryLanguage.parse(this, query);
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
    return with(unitStep(Attribute.UNIT, name));
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
    return with(unitStep(Attribute.LEAD, name));
  }

  /** Tasks whose lead unit is {@code unit}. */
  public TaskQuery ledBy(Unit unit) {
    Preconditions.checkNotNull(unit, "unit");
    return ledBy(unit.name());
  }

  /** The step of a unit attribute for a canonical name; a blank name selects nothing. */
  private Criterion unitStep(Attribute<String> attribute, String canonicalName) {
    return canonicalName.isEmpty() ? Criterion.of(index, attribute, canonicalName, ImmutableSet.<String>of())
        : Criterion.of(index, attribute, canonicalName, canonicalName);
  }

  /**
   * Tasks with an effective deadline that falls due in {@code year}.
   *
   * <pre>{@code
   * plan.tasks().dueIn(2011).count();   // 4
   * }</pre>
   */
  public TaskQuery dueIn(int year) {
    Integer key = year;   // boxed once: the step's argument is its key
    return with(Criterion.of(index, Attribute.DUE_YEAR, key, key));
  }

  /** Tasks with an effective deadline that falls due in {@code year} or earlier. */
  public TaskQuery dueBy(int year) {
    return with(Criterion.tested("dueBy", year,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueBy(year))));
  }

  /**
   * Tasks with an effective deadline whose due date ({@link Deadline#dueDate()}, the last day of
   * the period it names) lies before {@code date}.
   *
   * <pre>{@code
   * plan.tasks().dueBefore(LocalDate.of(2011, 1, 1)).count();   // 6: due in 2009 or 2010
   * }</pre>
   */
  public TaskQuery dueBefore(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    return with(Criterion.tested("dueBefore", date,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueBefore(date))));
  }

  /**
   * Tasks that are overdue on {@code date}: an effective deadline's due date lies before it. The
   * plan records no completion, so every such task counts; this is the supervision (督查督办)
   * question, and selects the same tasks as {@link #dueBefore} (it reads, and prints, as itself).
   *
   * <pre>{@code
   * plan.tasks().overdueOn(LocalDate.of(2011, 1, 1));
   * // (一)4 到2010年, (一)4(1) 2009年, (一)5(1) 2010年, (二)1(1) 2009至2010年, (二)1(2) 2010年底前,
   * // (二)2 到2010年底 … (its first deadline)
   * }</pre>
   */
  public TaskQuery overdueOn(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    return with(Criterion.tested("overdueOn", date,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isDueBefore(date))));
  }

  /**
   * Tasks with an effective deadline whose due date lies between {@code from} and {@code to},
   * both included.
   *
   * <pre>{@code
   * plan.tasks().dueBetween(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31)).count();   // 5
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public TaskQuery dueBetween(LocalDate from, LocalDate to) {
    Preconditions.checkNotNull(from, "from");
    Preconditions.checkNotNull(to, "to");
    Preconditions.checkArgument(!from.isAfter(to), "from (%s) is after to (%s)", from, to);
    return with(Criterion.tested("dueBetween", ImmutableList.of(from, to),
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.dueDate()
            .map(due -> !due.isBefore(from) && !due.isAfter(to)).orElse(false))));
  }

  /**
   * Tasks open on {@code date}: an effective deadline's span holds the day — from 1 January of
   * its start year (open when it states none) to its due date (open for FROM). A task without a
   * deadline is never open: nothing says when its work runs.
   *
   * <pre>{@code
   * plan.tasks().openOn(LocalDate.of(2012, 6, 30)).count();   // 10
   * }</pre>
   */
  public TaskQuery openOn(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    return with(Criterion.tested("openOn", date,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> isOpenOn(d, date))));
  }

  private static boolean isOpenOn(Deadline d, LocalDate date) {
    return (d.startYear().isEmpty() || d.startYear().getAsInt() <= date.getYear())
        && d.dueDate().map(due -> !date.isAfter(due)).orElse(true);
  }

  /**
   * Tasks with an effective deadline whose span holds {@code year}: "从2010年开始" is active in
   * 2010 and every year after, "2012年前" in every year up to 2012, "2009至2010年" in 2009 and 2010.
   */
  public TaskQuery activeIn(int year) {
    return with(Criterion.tested("activeIn", year,
        t -> t.effectiveDeadlines().stream().anyMatch(d -> d.isActiveIn(year))));
  }

  /**
   * Tasks whose words name the town, given by full or short name (黄江镇 or 黄江). An unknown name
   * matches nothing. See the class comment for how this differs from {@link #ownedBy}.
   */
  public TaskQuery inTown(String townName) {
    Preconditions.checkNotNull(townName, "townName");
    Optional<Town> town = Town.lookup(townName);
    return with(town.isPresent() ? Criterion.of(index, Attribute.TOWN, town.get().name(), town.get())
        : Criterion.of(index, Attribute.TOWN, townName, ImmutableSet.of()));
  }

  /** Tasks whose words name {@code town}. */
  public TaskQuery inTown(Town town) {
    Preconditions.checkNotNull(town, "town");
    return inTown(town.name());
  }

  /**
   * Tasks whose words name the place, or a place inside it, given by full name or short form
   * from the bundled gazetteer ({@link io.github.pilotplan.Places#lookup}): 天河区, 天河, 广州市,
   * 广东省. A name several divisions share matches each of them; an unknown name matches nothing.
   *
   * <pre>{@code
   * plan.tasks().inPlace("天河区").list();   // the task of 选择广州开发区、天河区作为…试点区域
   * plan.tasks().inPlace("东莞市").count();  // every task that names a town of Dongguan, or Dongguan
   * }</pre>
   */
  public TaskQuery inPlace(String placeName) {
    Preconditions.checkNotNull(placeName, "placeName");
    ImmutableSet<String> codes = Gazetteer.standard().lookup(placeName).stream().map(Place::code)
        .collect(ImmutableSet.toImmutableSet());
    return with(Criterion.of(index, Attribute.PLACE, Cleaning.clean(placeName).trim(), codes));
  }

  /** Tasks whose words name {@code place} or a place inside it. */
  public TaskQuery inPlace(Place place) {
    Preconditions.checkNotNull(place, "place");
    return with(Criterion.of(index, Attribute.PLACE, place.code(), place.code()));
  }

  /**
   * Tasks inside the section with the given path of labels, written as printed or as in the text.
   *
   * <pre>{@code
   * plan.tasks().under("(一)", "6").count();   // 3: 6 itself and its (1), (2)
   * plan.tasks().under("（二）", "1、").count(); // 4
   * }</pre>
   *
   * @throws io.github.pilotplan.TextParseException if a step is not an outline label
   */
  public TaskQuery under(String... labels) {
    Preconditions.checkNotNull(labels, "labels");
    ImmutableList<Label> path = Arrays.stream(labels)
        .map(l -> LabelGrammar.of(Preconditions.checkNotNull(l, "label")))
        .collect(ImmutableList.toImmutableList());
    return under(path);
  }

  /** Tasks inside {@code section}. */
  public TaskQuery under(Section section) {
    Preconditions.checkNotNull(section, "section");
    return under(section.path());
  }

  /** Tasks inside the section at this path of labels. */
  TaskQuery under(List<Label> labels) {
    ImmutableList<Label> path = ImmutableList.copyOf(labels);
    return with(Criterion.tested("under", path,
        t -> t.path().size() >= path.size() && t.path().subList(0, path.size()).equals(path)));
  }

  /** Tasks that commit to at least one quantitative target. */
  public TaskQuery withTargets() {
    return with(Criterion.tested("withTargets", "", t -> !t.targets().isEmpty()));
  }

  /** Tasks that must produce at least one document (a 《…》 after 制定, 出台, …). */
  public TaskQuery withDeliverables() {
    return with(Criterion.tested("withDeliverables", "", t -> !t.deliverables().isEmpty()));
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
    return with(Criterion.tested("containing", needle,
        t -> Cleaning.clean(t.text()).contains(needle)
            || t.title().map(title -> Cleaning.clean(title).contains(needle)).orElse(false)));
  }

  /**
   * Tasks for which {@code predicate} holds: the way out for questions the other steps do not ask.
   * Two queries built with different predicate objects are not equal, and the language cannot
   * write this step: {@link #toString()} prints it as {@code matching(…)}, which does not parse.
   */
  public TaskQuery matching(Predicate<? super Task> predicate) {
    Preconditions.checkNotNull(predicate, "predicate");
    return with(Criterion.tested("matching", predicate, predicate));
  }

  // ---------------------------------------------------------------- combining

  /**
   * Tasks that this query or {@code other} selects: {@code a.or(b)} holds the steps of both. The
   * result keeps this query's order.
   *
   * <pre>{@code
   * plan.tasks().inTown("黄江").or(plan.tasks().dueIn(2009)).list();   // (一)4(1), (二)1, (二)1(1)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code other} is over other tasks
   * @throws IllegalStateException if either query has a {@link #limit}, which applies to an answer
   *     and cannot be combined
   */
  public TaskQuery or(TaskQuery other) {
    Preconditions.checkNotNull(other, "other");
    Preconditions.checkArgument(other.index == index || other.tasks.equals(tasks),
        "the other query is over other tasks");
    Preconditions.checkState(limit == NO_LIMIT && other.limit == NO_LIMIT,
        "a limited query cannot be combined with or(): limit the result instead");
    return new TaskQuery(index, ImmutableList.of(Criterion.or(criteria, other.criteria)), order, NO_LIMIT);
  }

  /**
   * The tasks this query does not select, among all it is over.
   *
   * <pre>{@code
   * plan.tasks().ledBy("民政局").not().list();   // [(二) › 2]
   * }</pre>
   *
   * @throws IllegalStateException if this query has a {@link #limit}
   */
  public TaskQuery not() {
    Preconditions.checkState(limit == NO_LIMIT, "a limited query cannot be negated: limit the result instead");
    return new TaskQuery(index, ImmutableList.of(Criterion.not(criteria)), order, NO_LIMIT);
  }

  /** This query's steps followed by {@code other}'s; this query's order and limit. */
  TaskQuery and(TaskQuery other) {
    if (other.criteria.isEmpty()) {
      return this;
    }
    return new TaskQuery(index, ImmutableList.<Criterion>builder().addAll(criteria).addAll(other.criteria).build(),
        order, limit);
  }

  /** The same tasks without any step, order or limit: where the parts of an {@code or} start. */
  TaskQuery all() {
    return new TaskQuery(index, ImmutableList.of(), Order.DOCUMENT, NO_LIMIT);
  }

  // ---------------------------------------------------------------- ordering and limits

  /** The tasks in document order (the default). */
  public TaskQuery inDocumentOrder() {
    return new TaskQuery(index, criteria, Order.DOCUMENT, limit);
  }

  /** The tasks ordered by their path of labels, level by level; ties keep document order. */
  public TaskQuery orderedByPath() {
    return new TaskQuery(index, criteria, Order.PATH, limit);
  }

  /**
   * The tasks ordered by their due date ({@link Task#dueDate()}); tasks without one come last;
   * ties keep document order.
   */
  public TaskQuery orderedByDeadline() {
    return new TaskQuery(index, criteria, Order.DEADLINE, limit);
  }

  /**
   * At most the first {@code n} tasks of the answer, in the query's order. Like the order, the
   * limit applies to the answer wherever it stands in the chain; the last limit given counts.
   *
   * <pre>{@code
   * plan.tasks().orderedByDeadline().limit(3).list();   // the three that fall due first
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public TaskQuery limit(int n) {
    Preconditions.checkArgument(n >= 0, "limit must not be negative: %s", n);
    return new TaskQuery(index, criteria, order, n);
  }

  // ---------------------------------------------------------------- answers

  /** The matching tasks. */
  public ImmutableList<Task> list() {
    if (order == Order.DOCUMENT) {
      return at(QueryPlanner.positions(index, criteria, limit));
    }
    ImmutableList<Task> sorted = ImmutableList.sortedCopyOf(order.comparator,
        at(QueryPlanner.positions(index, criteria, NO_LIMIT)));
    return sorted.size() <= limit ? sorted : sorted.subList(0, limit);
  }

  private ImmutableList<Task> at(int[] positions) {
    if (positions.length == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Task> b = ImmutableList.builderWithExpectedSize(positions.length);
    for (int p : positions) {
      b.add(tasks.get(p));
    }
    return b.build();
  }

  /**
   * The matching tasks, in the query's order.
   *
   * <pre>{@code
   * for (Task t : plan.tasks().ownedBy("市财政局").dueIn(2011)) {
   *   System.out.println(t.pathText());
   * }
   * }</pre>
   */
  @Override
  public UnmodifiableIterator<Task> iterator() {
    return list().iterator();
  }

  /** The matching tasks as a stream. */
  public Stream<Task> stream() {
    return list().stream();
  }

  /** How many tasks match (at most the {@link #limit}). */
  public int count() {
    return Math.min(limit, QueryPlanner.positions(index, criteria, NO_LIMIT).length);
  }

  /** Whether no task matches. */
  public boolean isEmpty() {
    return limit == 0 || QueryPlanner.positions(index, criteria, 1).length == 0;
  }

  /** The first matching task. */
  public Optional<Task> first() {
    if (limit == 0) {
      return Optional.empty();
    }
    if (order == Order.DOCUMENT) {
      int[] at = QueryPlanner.positions(index, criteria, 1);
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
   * The matching tasks by lead unit (the one marked 牵头, else the first listed), units in order
   * of first appearance, tasks in query order. A task without units appears under none.
   *
   * <pre>{@code
   * plan.tasks().groupByLeadUnit().keySet();   // [市民政局, 市社区工作领导小组成员单位]
   * }</pre>
   */
  public ImmutableListMultimap<Unit, Task> groupByLeadUnit() {
    ImmutableListMultimap.Builder<Unit, Task> b = ImmutableListMultimap.builder();
    for (Task t : list()) {
      t.leadUnit().ifPresent(u -> b.put(u, t));
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
    TreeMap<Integer, List<Task>> byYear = new TreeMap<>();
    for (Task t : list()) {
      for (int year : Attribute.DUE_YEAR.keys(t)) {   // the keys of dueIn: one definition
        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(t);
      }
    }
    ImmutableListMultimap.Builder<Integer, Task> b = ImmutableListMultimap.builder();
    byYear.forEach(b::putAll);
    return b.build();
  }

  /**
   * How many matching tasks each effective unit has, units in order of first appearance.
   *
   * <pre>{@code
   * plan.tasks().countByUnit().get(Unit.of("市财政局"));   // 16
   * }</pre>
   */
  public ImmutableMap<Unit, Integer> countByUnit() {
    return counts(groupByUnit());
  }

  /**
   * How many matching tasks each unit leads, units in order of first appearance: "which unit
   * leads the most tasks".
   *
   * <pre>{@code
   * plan.tasks().countByLeadUnit();   // {市民政局=19, 市社区工作领导小组成员单位=1}
   * }</pre>
   */
  public ImmutableMap<Unit, Integer> countByLeadUnit() {
    return counts(groupByLeadUnit());
  }

  /**
   * How many matching tasks fall due in each year, years ascending (a task with deadlines due in
   * two years counts in both).
   *
   * <pre>{@code
   * plan.tasks().countByDueYear();   // {2009=1, 2010=5, 2011=4, 2012=9}
   * }</pre>
   */
  public ImmutableSortedMap<Integer, Integer> countByDueYear() {
    return ImmutableSortedMap.copyOf(counts(groupByDueYear()));
  }

  private static <K> ImmutableMap<K, Integer> counts(ImmutableListMultimap<K, Task> groups) {
    Map<K, Integer> counts = new LinkedHashMap<>();
    groups.asMap().forEach((k, v) -> counts.put(k, v.size()));
    return ImmutableMap.copyOf(counts);
  }

  // ---------------------------------------------------------------- plumbing

  private TaskQuery with(Criterion c) {
    // The first two steps without a list builder: a query is built per question, step by step.
    ImmutableList<Criterion> steps = criteria.isEmpty() ? ImmutableList.of(c)
        : criteria.size() == 1 ? ImmutableList.of(criteria.get(0), c)
        : ImmutableList.<Criterion>builderWithExpectedSize(criteria.size() + 1).addAll(criteria).add(c).build();
    return new TaskQuery(index, steps, order, limit);
  }

  /** This query's steps, for the language's printer. */
  ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /** The index, for the language's parser (which names units the tasks know). */
  TaskIndex index() {
    return index;
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
    return tasks.equals(q.tasks) && criteria.equals(q.criteria) && order == q.order && limit == q.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(index.tasksHash(), criteria, order, limit);
  }

  /**
   * The question in the language {@link #where} reads, after the word {@code tasks}; it parses
   * back to an equal query when every name in it is one the tasks know and no step is {@link
   * #matching}.
   *
   * <pre>{@code
   * plan.tasks().ownedBy("财政局").dueIn(2011).toString();   // "tasks owned by 市财政局 due 2011"
   * plan.tasks().inTown("黄江").or(plan.tasks().dueIn(2009)).not().limit(2).toString();
   * // "tasks not (in town 黄江镇 or due 2009) limit 2"
   * }</pre>
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("tasks");
    if (!criteria.isEmpty()) {
      sb.append(' ');
      QueryLanguage.print(criteria, sb);
    }
    if (order != Order.DOCUMENT) {
      sb.append(" ordered by ").append(order.word);
    }
    if (limit != NO_LIMIT) {
      sb.append(" limit ").append(limit);
    }
    return sb.toString();
  }

  /** The orders of an answer, and the words the language names them by. */
  enum Order {
    DOCUMENT("document", (a, b) -> 0),
    PATH("path", TaskQuery::comparePaths),
    DEADLINE("deadline", Comparator.comparing((Task t) -> t.dueDate().orElse(LocalDate.MAX)));

    final String word;
    final Comparator<Task> comparator;

    Order(String word, Comparator<Task> comparator) {
      this.word = word;
      this.comparator = comparator;
    }
  }

  /** This query in {@code order}. */
  TaskQuery ordered(Order order) {
    return new TaskQuery(index, criteria, order, limit);
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
}
