package io.github.pilotplan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A property (QuickTheories, fixed seed and number of tries): every query built from the steps
 * prints in the language and parses back to an equal query, which prints the same again.
 *
 * <p>A query is generated as a list of numbers read as a program: each number picks the next
 * step, combinator or argument, so QuickTheories can shrink a failing query by shrinking the list.
 */
class QueryRoundTripTest {

  private static final Plan PLAN = PlanLoader.seed();
  private static final TaskQuery ALL = PLAN.tasks();
  private static final List<String> UNITS = PLAN.units().stream().map(Unit::name).toList();
  private static final List<String> WORDS = List.of("孵化基地", "社区", "and", "OR", "not", "all", "tasks",
      "a b", "\"引号\"", "back\\slash", "(括号)", "镇(街)", "(一)", ")", "((", "owner:市财政局", "limit",
      "ordered", "全角（括号）", "１２", "x:y", "-", "'", "年", "2011", "with");

  @Test
  void everyQueryPrintsAndParsesBackEqual() {
    qt().withFixedSeed(20_261_125L).withExamples(2_000)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
        .checkAssert(program -> {
          TaskQuery q = new Builder(program).query();
          String printed = q.toString();
          TaskQuery back = ALL.where(printed);
          assertThat(back).as(printed).isEqualTo(q);
          assertThat(back.toString()).isEqualTo(printed);
          assertThat(back.list()).as(printed).isEqualTo(q.list());
        });
  }

  /** Pieces of queries, right and wrong, that random texts are made of. */
  private static final List<String> PIECES = List.of("tasks", "owned by", "led by", "市财政局", "财政局",
      "市才政局", "due", "in", "by", "before", "between", "and", "or", "not", "(", ")", "\"", "\\", "2011",
      "2011-01-01", "2011-13-40", "overdue on", "open on", "active in", "in town", "黄江", "under", "(一)",
      "5", "（二）", "containing", "with targets", "with", "deliverables", "owner:", "due:", "under:(一)/5",
      "due-between:2010-01-01..2009-01-01", "ordered by", "path", "limit", "3", "all", ":", "：", " ",
      "\t", "\n", "\u3000", "镇(街)", "x");

  @Test
  void everyTextParsesOrFailsWithALocatedException() {
    qt().withFixedSeed(11L).withExamples(3_000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 25),
            lists().of(integers().between(0, 1)).ofSize(25))
        .checkAssert((picks, glue) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < picks.size(); i++) {
            sb.append(PIECES.get(picks.get(i))).append(glue.get(i) == 0 ? " " : "");
          }
          String text = sb.toString();
          try {
            TaskQuery q = ALL.where(text);
            assertThat(ALL.where(q.toString())).as(text).isEqualTo(q);
          } catch (QueryParseException e) {
            assertThat(e.getErrorIndex()).as(text).isBetween(0, text.length());
            assertThat(e.getParsedString()).isEqualTo(text);
            assertThat(e.getMessage()).doesNotContain("\n");
          }
        });
  }

  /** Reads a list of numbers as the steps of a query. */
  private static final class Builder {
    private final List<Integer> program;
    private int at;

    Builder(List<Integer> program) {
      this.program = program;
    }

    private int next(int bound) {
      int n = at < program.size() ? program.get(at) : 0;
      at++;
      return n % bound;
    }

    TaskQuery query() {
      TaskQuery q = conjunction(3);
      switch (next(4)) {
        case 1:
          q = q.orderedByPath();
          break;
        case 2:
          q = q.orderedByDeadline();
          break;
        default:
          break;
      }
      return next(3) == 0 ? q.limit(next(25)) : q;
    }

    private TaskQuery conjunction(int depth) {
      TaskQuery q = ALL;
      int steps = next(4);
      for (int i = 0; i < steps && at < program.size(); i++) {
        q = step(q, depth);
      }
      return q;
    }

    private TaskQuery step(TaskQuery q, int depth) {
      int kind = next(depth > 0 ? 17 : 15);
      switch (kind) {
        case 0:
          return q.ownedBy(UNITS.get(next(UNITS.size())));
        case 1:
          return q.ledBy(UNITS.get(next(UNITS.size())));
        case 2:
          return q.dueIn(year());
        case 3:
          return q.dueBy(year());
        case 4:
          return q.dueBefore(date());
        case 5:
          return q.overdueOn(date());
        case 6: {
          LocalDate a = date();
          LocalDate b = a.plusDays(next(800));
          return q.dueBetween(a, b);
        }
        case 7:
          return q.openOn(date());
        case 8:
          return q.activeIn(year());
        case 9: {
          Town t = Town.all().get(next(Town.all().size()));
          return next(2) == 0 ? q.inTown(t) : q.inTown(t.shortName());
        }
        case 10: {
          int n = 1 + next(3);
          Label[] path = new Label[n];
          for (int i = 0; i < n; i++) {
            // A POINT past ⑳ is written (21), which reads as a SUB_ITEM: Label's own limit.
            Level level = Level.values()[next(Level.values().length)];
            path[i] = Label.of(level, 1 + next(level == Level.POINT ? 20 : 30));
          }
          return q.under(List.of(path));
        }
        case 11:
          return q.containing(WORDS.get(next(WORDS.size())) + (next(2) == 0 ? "" : WORDS.get(next(WORDS.size()))));
        case 12:
          return q.withTargets();
        case 13:
          return q.withDeliverables();
        case 14:
          return q.and(conjunction(0).not());
        case 15:
          return q.and(conjunction(depth - 1).or(conjunction(depth - 1)));
        default:
          return q.and(conjunction(depth - 1).not());
      }
    }

    private int year() {
      return next(10) == 0 ? -next(100) : 1990 + next(50);
    }

    private LocalDate date() {
      return LocalDate.of(2005, 1, 1).plusDays(next(4_000));
    }
  }
}
