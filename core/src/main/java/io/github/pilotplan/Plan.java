package io.github.pilotplan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.SourcePage;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.query.TaskQuery;
import io.github.pilotplan.model.Diagnostic;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import io.github.pilotplan.internal.assemble.SpanCheck;

/**
 * A pilot plan as loaded from its text: the document's facts, its outline of sections, its tasks,
 * and everything the loader could not place.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * plan.issuer();        // Optional[东莞市人民政府办公室]
 * plan.name();          // Optional[东莞市履行<民政部、…改革发展协议>试点方案]
 * plan.page().totalPages();   // OptionalInt[10]
 * plan.allTasks().size();     // 20
 * plan.tasks().ownedBy("市财政局").dueIn(2011).list();
 * plan.section("(二)", "2").flatMap(Section::title);   // Optional[推进城乡社区一体化建设]
 * }</pre>
 *
 * <p>A plan is deeply immutable and safe to share between threads. Two plans are equal when their
 * facts, outline and tasks are; where the text stood ({@link #text()}, {@link #lines()}, every
 * {@code source()}) is provenance and takes no part in equality.
 *
 * <p><b>JSON.</b> With {@link io.github.pilotplan.json.PilotplanModule} (Immutables generates the
 * JSON creators), a plan writes to JSON and reads back as an equal plan, its provenance included.
 * The application brings {@code jackson-databind} and the modules for {@code Optional} and Guava's
 * collections; the core does not depend on them:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
 * String json = mapper.writeValueAsString(plan);
 * Plan back = mapper.readValue(json, Plan.class);
 * back.equals(plan);                      // true
 * back.text().equals(plan.text());        // true, and so are lines() and every source()
 * }</pre>
 *
 * <p>Derived values ({@code Label.text()}, {@code Deadline.isOpenEnded()}, the query methods) are
 * either written for readers and ignored when read, or not written at all.
 */
@Value.Immutable
@PilotplanJson
public abstract class Plan {

  /** Guards the one-time construction of {@link #query}. */
  private final Object queryLock = new Object();
  /** The query over all tasks, with its indexes; built on first use, then shared. */
  private volatile TaskQuery query;

  Plan() {}

  /** The issuing body, from the title line ("东莞市人民政府办公室关于印发…"). */
  public abstract Optional<String> issuer();

  /** The document's own number, where a line states it: 国办发〔2018〕128号. */
  public abstract Optional<String> documentNumber();

  /**
   * The bodies that sign the document, from the lines above its date; empty when it has no
   * signature (then {@link #issuer()} may still name one from the title).
   */
  public abstract ImmutableList<String> issuingBodies();

  /** The issue date as ISO text (2018-12-05), where a line holds only a date; see {@link #issueDate()}. */
  public abstract Optional<String> issued();

  /** The date of effect as ISO text, where 自…起施行 states it; see {@link #effectiveDate()}. */
  public abstract Optional<String> effective();

  /**
   * The date the document is issued: the first line that holds only a date (2018年12月5日,
   * 二〇一八年十二月五日). Relative deadlines (5年内, 次年) count from it.
   */
  @JsonIgnore
  public final Optional<LocalDate> issueDate() {
    return issued().map(LocalDate::parse);
  }

  /** The date the document takes effect: 自2019年1月1日起施行 (or the issue date for 自印发之日起施行). */
  @JsonIgnore
  public final Optional<LocalDate> effectiveDate() {
    return effective().map(LocalDate::parse);
  }

  /** The document title line, folded like all model text. */
  public abstract Optional<String> title();

  /** The plan's own name: the outermost 《…》 of the title, without the brackets. */
  public abstract Optional<String> name();

  /** The facts of the page the text came from. */
  public abstract SourcePage page();

  /** Metadata lines other than the title (addressee, preamble, date, issuer), folded. */
  public abstract ImmutableList<String> metadata();

  /** The top-level sections, in document order. */
  public abstract ImmutableList<Section> outline();

  /** Every task, in document order. */
  public abstract ImmutableList<Task> allTasks();

  /** Every unit a task's annotation lists, in order of first mention. */
  public abstract ImmutableList<Unit> units();

  /** Every town a task names, in order of first mention. */
  public abstract ImmutableList<Town> towns();

  /** Every division of China a task names (see {@link Task#places()}), in order of first mention. */
  public abstract ImmutableList<Place> places();

  /** What the loader could not place, with line and column; empty for the seed. */
  public abstract ImmutableList<Diagnostic> diagnostics();

  /**
   * The account of every non-blank input line: boilerplate, metadata, heading or statement. An
   * unmodifiable list held as numbers, each account made when read (a plan of a thousand pages has
   * tens of thousands of lines).
   */
  public final List<SourceLine> lines() {
    return getLines();
  }

  /** The attribute {@code lines}, as the plan holds it. */
  @Value.Auxiliary
  @Value.Default
  PlanLines getLines() {
    return PlanLines.EMPTY;
  }

  /** The text the plan was loaded from, exactly as given; every {@code source()} points into it. */
  @Value.Auxiliary
  public abstract String text();

  /**
   * A query over all tasks, in document order.
   *
   * <pre>{@code
   * plan.tasks().ownedBy("财政局").dueIn(2011).count();   // 4
   * }</pre>
   *
   * <p>The tasks are indexed (by unit, due year, town) on the first call, once, and every later
   * call returns the same query; see {@link TaskQuery} for what the indexes make fast.
   */
  public final TaskQuery tasks() {
    TaskQuery q = query;
    if (q == null) {
      synchronized (queryLock) {
        q = query;
        if (q == null) {
          q = TaskQuery.over(allTasks());
          query = q;
        }
      }
    }
    return q;
  }

  /**
   * Refuses a plan that points outside its own text (one read back from edited JSON, say): see
   * {@link SpanCheck}.
   */
  @Value.Check
  final void checkSpans() {
    SpanCheck.check(this);
  }

  /** Every section, depth first in document order. */
  public final Stream<Section> sections() {
    return outline().stream().flatMap(Section::flatten);
  }

  /**
   * The section at a path of labels, written as printed or as in the text.
   *
   * <pre>{@code
   * plan.section("(一)", "6").flatMap(Section::title);   // Optional[加强社会组织人才队伍建设]
   * plan.section("（一）", "9、");                         // Optional.empty()
   * }</pre>
   *
   * @throws io.github.pilotplan.TextParseException if a step is not an outline label
   */
  public final Optional<Section> section(String... path) {
    List<Label> labels = labels(path);
    return sections().filter(s -> s.path().equals(labels)).findFirst();
  }

  /**
   * The first task at a path of labels.
   *
   * <pre>{@code
   * plan.task("(二)", "1", "(1)").get().towns();   // [黄江镇, 厚街镇]
   * }</pre>
   *
   * @throws io.github.pilotplan.TextParseException if a step is not an outline label
   */
  public final Optional<Task> task(String... path) {
    List<Label> labels = labels(path);
    return allTasks().stream().filter(t -> t.path().equals(labels)).findFirst();
  }

  private static List<Label> labels(String... path) {
    Preconditions.checkNotNull(path, "path");
    return Arrays.stream(path)
        .map(l -> Labels.of(Preconditions.checkNotNull(l, "label")))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void checkDates() {
    issued().ifPresent(LocalDate::parse);
    effective().ifPresent(LocalDate::parse);
  }

  /** A builder, for plans made by hand (tests, other loaders). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds plans. */
  public static final class Builder extends ImmutablePlan.Builder {

    /** Sets the account of every non-blank input line, in line order. */
    public Builder lines(List<SourceLine> lines) {
      return lines(PlanLines.of(lines));
    }
  }

  /** The plan's name (or title) and its counts. */
  @Override
  public final String toString() {
    return "Plan[" + name().or(this::title).orElse("(untitled)") + ", " + outline().size()
        + " top-level sections, " + allTasks().size() + " tasks, " + units().size() + " units, "
        + towns().size() + " towns, " + diagnostics().size() + " diagnostics]";
  }
}
