package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.UnitAssignment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a loaded model holds once instead of once per task or per plan (issue 18): the path a
 * section and the task of its statement both give, the labels, the headings and the role pairs
 * that come back from plan to plan. Sharing changes no answer; these tests see that it happens.
 */
class SharingTest {

  private final Plan plan = PlanLoader.seed();
  private final Plan again = PlanLoader.standard().load(plan.text());

  @Test
  void aTaskHoldsThePathOfItsSection() {
    // (1)2011年前,建立社会组织专职工作人员培训上岗制度,…: the statement of item (1) under 6.
    Section section = plan.section("(一)", "6", "(1)").orElseThrow();
    Task task = plan.task("(一)", "6", "(1)").orElseThrow();
    assertThat(task.path()).isSameAs(section.path());
  }

  @Test
  void twoLoadsOfOneTextShareLabelsHeadingsRolesAndTownLists() {
    Section first = plan.section("(二)", "1").orElseThrow();
    Section second = again.section("(二)", "1").orElseThrow();
    assertThat(second).isNotSameAs(first);
    assertThat(second.label()).isSameAs(first.label());
    assertThat(second.path().get(0)).isSameAs(first.path().get(0));
    assertThat(second.title().orElseThrow()).isSameAs(first.title().orElseThrow());
    Task task = plan.task("(一)", "6").orElseThrow();
    UnitAssignment lead = task.roles().get(0);
    assertThat(again.task("(一)", "6").orElseThrow().roles().get(0)).isSameAs(lead);
    // "2009至2010年,以黄江、厚街两镇为试点": the towns of (二) › 1 › (1).
    assertThat(again.task("(二)", "1", "(1)").orElseThrow().towns())
        .isSameAs(plan.task("(二)", "1", "(1)").orElseThrow().towns());
  }

  @Test
  void twoLoadsOfOneTextShareLineAccountsAndPaths() {
    assertThat(again.lines().get(0)).isSameAs(plan.lines().get(0));
    assertThat(again.lines().get(1)).isSameAs(plan.lines().get(1));
    assertThat(again.task("(二)", "1", "(1)").orElseThrow().path())
        .isSameAs(plan.task("(二)", "1", "(1)").orElseThrow().path());
  }

  @Test
  void aSharedPathNeverChangesHowALabelWasWritten() {
    // A path no other test loads: the tables of shared paths are the JVM's, not this test's.
    String fullWidth = "十八、主要任务\n\n（十七）加强社区建设\n\n19、2012年前,建立社区服务网络。\n";
    String ascii = "十八、主要任务\n\n(十七)加强社区建设\n\n19、2012年前,建立社区服务网络。\n";
    Task first = onlyTask(fullWidth);
    Task other = onlyTask(ascii);
    Task third = onlyTask(fullWidth);
    Task fourth = onlyTask(ascii);
    assertThat(first.pathText()).isEqualTo("十八 › (十七) › 19");
    assertThat(other.path()).isEqualTo(first.path());
    assertThat(first.path()).extracting(Label::written).containsExactly("十八、", "（十七）", "19、");
    assertThat(other.path()).extracting(Label::written).containsExactly("十八、", "(十七)", "19、");
    assertThat(third.path()).isSameAs(first.path());
    assertThat(fourth.path()).as("each way of writing a path is shared").isSameAs(other.path());
  }

  @Test
  void tasksOfOnePlanThatNameTheSameUnitsHoldOneList() {
    // Two tasks whose annotations name the same units, in the same roles.
    Plan twice = PlanLoader.standard().load("一、主要任务\n\n1、2012年前,建立社区服务网络。(责任单位:市民政局、市财政局)\n\n"
        + "2、2013年前,完善社区服务设施。(责任单位:市民政局、市财政局)\n");
    Task first = twice.task("一", "1").orElseThrow();
    Task second = twice.task("一", "2").orElseThrow();
    assertThat(first.statedUnits()).extracting(u -> u.name()).containsExactly("市民政局", "市财政局");
    assertThat(second.statedUnits()).isSameAs(first.statedUnits());
    assertThat(second.roles()).isSameAs(first.roles());
  }

  @Test
  void aTownNamedOnceHoldsOneSpanAsTownAndAsPlace() {
    // "…在黄江镇、厚街镇开展试点…": each name is found as a town and as a place of the gazetteer.
    Task task = onlyTask("一、主要任务\n\n1、2012年前,在黄江镇、厚街镇开展社区服务试点。\n");
    assertThat(task.townMentions()).extracting(m -> m.value().name()).containsExactly("黄江镇", "厚街镇");
    assertThat(task.placeMentions()).extracting(m -> m.value().name()).containsExactly("黄江镇", "厚街镇");
    for (int i = 0; i < 2; i++) {
      Mention<Town> town = task.townMentions().get(i);
      Mention<Place> place = task.placeMentions().get(i);
      // A mention holds its span's numbers itself (no span object to share): equal spans.
      assertThat(place.source()).isEqualTo(town.source());
      assertThat(place.source().offset()).isEqualTo(town.source().offset());
      assertThat(place.source().length()).isEqualTo(town.source().length());
    }
  }

  private static Task onlyTask(String text) {
    List<Task> tasks = PlanLoader.standard().load(text).allTasks();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
