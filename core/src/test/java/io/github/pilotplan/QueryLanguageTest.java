package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.QueryParseException;
import io.github.pilotplan.query.TaskQuery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query language: each clause against its step, the operators, errors and printing. */
class QueryLanguageTest {

  private final Plan plan = PlanLoader.seed();
  private final TaskQuery all = plan.tasks();

  private List<String> paths(String query) {
    return all.where(query).stream().map(Task::pathText).toList();
  }

  @Test
  void theHeadlineQuestionAsTyped() {
    TaskQuery expected = all.ownedBy("市财政局").dueIn(2011);
    assertThat(all.where("owned by 市财政局 due 2011")).isEqualTo(expected);
    assertThat(all.where("tasks owned by 市财政局 due 2011")).isEqualTo(expected);
    assertThat(all.where("TASKS Owned By 财政局 AND due in 2011年")).isEqualTo(expected);
    assertThat(all.where("owner:市财政局 due:2011")).isEqualTo(expected);
    assertThat(all.where("  owner：东莞市财政局\tdue:2011  ")).isEqualTo(expected);
    assertThat(paths("tasks owned by 市财政局 due 2011"))
        .containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)");
  }

  @Test
  void everyClauseIsItsStep() {
    LocalDate d = LocalDate.of(2011, 1, 1);
    assertThat(all.where("led by 民政局")).isEqualTo(all.ledBy("市民政局"));
    assertThat(all.where("lead:民政局")).isEqualTo(all.ledBy("市民政局"));
    assertThat(all.where("due by 2010")).isEqualTo(all.dueBy(2010));
    assertThat(all.where("due-by:2010")).isEqualTo(all.dueBy(2010));
    assertThat(all.where("due before 2011-01-01")).isEqualTo(all.dueBefore(d));
    assertThat(all.where("due-before:2011-01-01")).isEqualTo(all.dueBefore(d));
    assertThat(all.where("overdue on 2011-01-01")).isEqualTo(all.overdueOn(d));
    assertThat(all.where("overdue:2011-01-01")).isEqualTo(all.overdueOn(d));
    assertThat(all.where("open on 2011-01-01")).isEqualTo(all.openOn(d));
    assertThat(all.where("open:2011-01-01")).isEqualTo(all.openOn(d));
    assertThat(all.where("due between 2010-07-01 and 2010-12-31"))
        .isEqualTo(all.dueBetween(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31)));
    assertThat(all.where("due-between:2010-07-01..2010-12-31"))
        .isEqualTo(all.dueBetween(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31)));
    assertThat(all.where("active in 2030")).isEqualTo(all.activeIn(2030));
    assertThat(all.where("active:2030")).isEqualTo(all.activeIn(2030));
    assertThat(all.where("in town 黄江")).isEqualTo(all.inTown("黄江镇"));
    assertThat(all.where("town:厚街镇")).isEqualTo(all.inTown("厚街"));
    assertThat(all.where("in place 东莞市")).isEqualTo(all.inPlace("东莞市"));
    assertThat(all.where("place:东莞市")).isEqualTo(all.inPlace("东莞市"));
    assertThat(all.where(all.inPlace("东莞市").toString())).isEqualTo(all.inPlace("东莞市"));
    assertThat(catchThrowableOfType(QueryParseException.class, () -> all.where("in place 不存在的地方")).getErrorIndex())
        .isEqualTo(9);
    assertThat(all.where("under (一) 5")).isEqualTo(all.under("(一)", "5"));
    assertThat(all.where("under （一） 5、 (2)")).isEqualTo(all.under("(一)", "5", "(2)"));
    assertThat(all.where("under:(一)/5")).isEqualTo(all.under("(一)", "5"));
    assertThat(all.where("containing 孵化基地")).isEqualTo(all.containing("孵化基地"));
    assertThat(all.where("text:\"孵化 基地\"")).isEqualTo(all.containing("孵化 基地"));
    assertThat(all.where("with targets")).isEqualTo(all.withTargets());
    assertThat(all.where("with:targets")).isEqualTo(all.withTargets());
    assertThat(all.where("with deliverables")).isEqualTo(all.withDeliverables());
    assertThat(all.where("with:deliverables")).isEqualTo(all.withDeliverables());
    assertThat(all.where("ordered by deadline limit 2")).isEqualTo(all.orderedByDeadline().limit(2));
    assertThat(all.where("tasks")).isEqualTo(all);
    assertThat(all.where("")).isEqualTo(all);
    // where() adds to the query's own steps.
    assertThat(all.ownedBy("市财政局").where("due 2011")).isEqualTo(all.ownedBy("市财政局").dueIn(2011));
  }

  @Test
  void operatorsAndPrecedence() {
    assertThat(all.where("in town 黄江 or due 2009")).isEqualTo(all.inTown("黄江").or(all.dueIn(2009)));
    assertThat(paths("in town 黄江 or due 2009"))
        .containsExactly("(一) › 4 › (1)", "(二) › 1", "(二) › 1 › (1)");
    // and binds tighter than or; not tighter than and.
    assertThat(all.where("due 2009 or in town 黄江 due 2010"))
        .isEqualTo(all.dueIn(2009).or(all.inTown("黄江").dueIn(2010)));
    assertThat(all.where("(due 2009 or in town 黄江) and due 2010"))
        .isEqualTo(all.dueIn(2009).or(all.inTown("黄江")).dueIn(2010));
    assertThat(paths("(due 2009 or in town 黄江) and due 2010")).containsExactly("(二) › 1 › (1)");
    assertThat(all.where("not led by 民政局 due 2010")).isEqualTo(all.ledBy("民政局").not().dueIn(2010));
    assertThat(paths("not led by 民政局")).containsExactly("(二) › 2");
    // 市财政局's tasks are due in 2012 (3, 5), 2011 (6) or 2010 (5(1), (二)1(1), (二)1(2)); (二)1 has none.
    assertThat(paths("owned by 市财政局 not (due 2012 or due 2011)"))
        .containsExactly("(一) › 5 › (1)", "(二) › 1", "(二) › 1 › (1)", "(二) › 1 › (2)");
    assertThat(paths("(in town 黄江 or led by 市社区工作领导小组成员单位) and not due 2010"))
        .containsExactly("(二) › 1");
    assertThat(paths("under (一) 5 containing 孵化基地 limit 1")).containsExactly("(一) › 5");
    assertThat(all.where("not all").count()).isZero();
  }

  @Test
  void printsInTheLanguage() {
    assertThat(all.ownedBy("财政局").dueIn(2011)).hasToString("tasks owned by 市财政局 due 2011");
    assertThat(all).hasToString("tasks");
    assertThat(all.inTown("黄江").or(all.dueIn(2009)).not().limit(2))
        .hasToString("tasks not (in town 黄江镇 or due 2009) limit 2");
    assertThat(all.dueIn(2009).or(all.dueIn(2010).or(all.dueIn(2011))).withTargets())
        .hasToString("tasks (due 2009 or (due 2010 or due 2011)) with targets");
    assertThat(all.under("（一）", "5、").containing("孵化 \"基地\"").orderedByPath())
        .hasToString("tasks under (一) 5 containing \"孵化 \\\"基地\\\"\" ordered by path");
    assertThat(all.dueBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)).ownedBy("各镇街"))
        .hasToString("tasks due between 2010-01-01 and 2010-12-31 owned by 各镇街");
    for (TaskQuery q : List.of(all.inTown("黄江").or(all.dueIn(2009)).not().limit(2),
        all.dueIn(2009).or(all.dueIn(2010).or(all.dueIn(2011))).withTargets(),
        all.dueIn(2009).or(all.dueIn(2010)).or(all.dueIn(2011)),
        all.not().not().or(all.openOn(LocalDate.of(2010, 5, 1))).orderedByDeadline(),
        all.under("（一）", "5、").containing("孵化 \"基地\"").orderedByPath())) {
      assertThat(all.where(q.toString())).as(q.toString()).isEqualTo(q);
    }
  }

  @Test
  void unknownNamesFailWithTheClosest() {
    QueryParseException e = catchThrowableOfType(QueryParseException.class, () -> all.where("owned by 市才政局"));
    assertThat(e.getParsedString()).isEqualTo("owned by 市才政局");
    assertThat(e.getErrorIndex()).isEqualTo(9);
    assertThat(e.getClosestNames()).containsExactly("市民政局", "市财政局");
    assertThat(e.getMessage()).isEqualTo(
        "no unit \"市才政局\" among the tasks; closest: 市民政局, 市财政局 at index 9 of \"owned by 市才政局\"");
    QueryParseException town = catchThrowableOfType(QueryParseException.class, () -> all.where("in town 黄疆"));
    assertThat(town.getClosestNames()).containsExactly("黄江镇");
    assertThat(town.getErrorIndex()).isEqualTo(8);
    // Known to the plan by alias, or a town of the city that no task names: no error.
    assertThat(all.where("owned by 东莞市民政局").count()).isEqualTo(19);   // all but (二)2
    assertThat(all.where("in town 石龙").list()).isEmpty();
  }

  @Test
  void badQueriesSayWhereAndWhat() {
    assertError("due 二〇一一", 4, "a year such as 2011");
    assertError("due before 2011", 11, "a date such as 2011-01-01");
    assertError("overdue on 2011-02-30", 11, "a date such as 2011-01-01");
    assertError("owned by", 8, "a unit name");
    assertError("owned by and due 2011", 9, "a unit name");
    assertError("owned by 市财政局 due", 17, "a year such as 2011");
    assertError("owned 市财政局", 0, "a clause");
    assertError("due 2011 or", 11, "a clause");
    assertError("(due 2011", 9, "\")\"");
    assertError("due 2011)", 8, "\"and\", \"or\", a clause or the end");
    assertError("under 2011", 6, "an outline label such as (一) or 5");
    assertError("under:(一)/x", 10, "an outline label such as (一) or 5");
    assertError("due between 2011-01-01 2011-02-01", 23, "\"and\" between the two dates");
    assertError("due between 2011-02-01 and 2011-01-01", 27, "a first date not after the second");
    assertError("containing \"孵化", 14, "a closing \"");
    assertError("limit x", 6, "a number such as 10");
    assertError("ordered by size", 11, "path, deadline or document");
    assertError("due 2011 limit 2 due 2012", 17, "\"and\", \"or\", a clause or the end");
    assertError("(".repeat(100_000) + "due 2011" + ")".repeat(100_000), 100, "a clause");
    assertError("not ".repeat(100_000) + "due 2011", 400, "a clause");
    QueryParseException deep = catchThrowableOfType(QueryParseException.class, () -> all.where("(".repeat(100_000)));
    assertThat(deep.getMessage()).isEqualTo("parentheses and \"not\" nested deeper than 100 at index 100 of a "
        + "100000-character query, here: \"…" + "(".repeat(60) + "…\"");
    assertThat(all.where("(".repeat(99) + "due 2011" + ")".repeat(99))).isEqualTo(all.dueIn(2011));
    QueryParseException e = catchThrowableOfType(QueryParseException.class, () -> all.where("due\n20x1"));
    assertThat(e.getMessage()).doesNotContain("\n").contains("\"due 20x1\"");
    assertThatThrownBy(() -> all.where(null)).isInstanceOf(NullPointerException.class);
  }

  private void assertError(String query, int index, String expected) {
    QueryParseException e = catchThrowableOfType(QueryParseException.class, () -> all.where(query));
    assertThat(e).as(query).isNotNull();
    assertThat(e.getErrorIndex()).as(e.getMessage()).isEqualTo(index);
    assertThat(e.getExpected()).as(e.getMessage()).isEqualTo(expected);
    assertThat(e.getParsedString()).isEqualTo(query);
    if (query.length() <= 200) {
      assertThat(e.getMessage()).contains("at index " + index + " of \"" + query + "\"");
    } else {
      assertThat(e.getMessage()).contains("at index " + index + " of a " + query.length() + "-character query")
          .hasSizeLessThan(300);
    }
  }
}
