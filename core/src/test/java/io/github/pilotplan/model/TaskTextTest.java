package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import org.junit.jupiter.api.Test;

/**
 * A task's text is held as a range of the plan's text where the task's words are one stretch of it
 * (read folded where it is written with full-width punctuation), and as a string of its own where
 * not; either way it gives the same text(), equality, hash code and JSON. Expected texts read off
 * the lines below by hand.
 */
class TaskTextTest {

  private static final String TEXT = String.join("\n",
      "一、主要任务",
      "(一)培育社会组织",
      // Nothing folded: the words are a stretch of the text as written.
      "1、2011年前,建立社会组织培训制度。(责任单位:市民政局)",
      // A full-width comma and brackets: the words fold to another string than the one written.
      "2、2012年前，完善考核办法。（责任单位：市财政局）",
      // Words on both sides of the annotation: two stretches joined.
      "3、建立培训制度(责任单位:市民政局),每年考核一次。",
      "");

  private final Plan plan = PlanLoader.standard().load(TEXT);

  @Test
  void wordsWrittenAsTheyFoldAreARangeOfThePlansText() {
    Task one = plan.task("一", "(一)", "1").orElseThrow();
    assertThat(one.text()).isEqualTo("2011年前,建立社会组织培训制度。");
    assertThat(one.getText().holder()).isSameAs(plan.text());
    assertThat(one.getText()).hasToString("2011年前,建立社会组织培训制度。");
  }

  @Test
  void wordsWrittenWithFullWidthPunctuationAreARangeReadFolded() {
    Task two = plan.task("一", "(一)", "2").orElseThrow();
    assertThat(two.text()).isEqualTo("2012年前,完善考核办法。");
    assertThat(two.getText().holder()).isSameAs(plan.text());
    assertThat(two.getText().asWritten()).isFalse();
    assertThat(two.getText().charAt(6)).isEqualTo(',');   // ， in the text
    assertThat(two.getText().subSequence(5, 11)).hasToString("前,完善考核");
    assertThat(two.getText().hashCode()).isEqualTo("2012年前,完善考核办法。".hashCode());
    assertThat(two).isEqualTo(Task.builder().from(two).text("2012年前,完善考核办法。").build());
  }

  @Test
  void wordsAroundAnAnnotationAreAStringOfTheirOwn() {
    Task three = plan.task("一", "(一)", "3").orElseThrow();
    assertThat(three.text()).isEqualTo("建立培训制度,每年考核一次。");
    assertThat(three.getText().holder()).isEqualTo("建立培训制度,每年考核一次。");
    assertThat(three.recurrence()).hasValue(Recurrence.YEARLY);
    assertThat(plan.task("一", "(一)", "1").orElseThrow().recurrence()).isEmpty();
  }

  @Test
  void aRangeAndAStringOfTheSameCharactersAreEqual() {
    for (Task t : plan.allTasks()) {
      Task copy = Task.builder().from(t).text(t.text()).build();
      assertThat(copy.getText().holder()).isEqualTo(t.text());
      assertThat(copy).isEqualTo(t);
      assertThat(t).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(t.hashCode());
      assertThat(t.getText().hashCode()).isEqualTo(t.text().hashCode());
    }
    Task one = plan.task("一", "(一)", "1").orElseThrow();
    Task other = Task.builder().from(one).text("2011年前,建立社会组织培训制度").build();
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void jsonWritesTheTextAndReadsItBackAsAnEqualTask() throws Exception {
    Plan back = PlanJson.roundTrip(plan);
    assertThat(back).isEqualTo(plan);
    assertThat(back.hashCode()).isEqualTo(plan.hashCode());
    Task one = back.task("一", "(一)", "1").orElseThrow();
    assertThat(one.text()).isEqualTo("2011年前,建立社会组织培训制度。");
    assertThat(one.getText().holder()).isEqualTo("2011年前,建立社会组织培训制度。");
    assertThat(PlanJson.MAPPER.readTree(PlanJson.MAPPER.writeValueAsString(plan))
        .get("allTasks").get(0).get("text").asText()).isEqualTo("2011年前,建立社会组织培训制度。");
  }

  @Test
  void theTasksOfADocumentWithAnAttachmentAreRangesOfTheWholeText() {
    // Each part is read from a copy of the text with the other parts' lines blanked: the tasks'
    // ranges are of the text the plan holds, not of that copy.
    String text = TEXT + String.join("\n", "附件1", "培训计划", "一、培训安排", "1、每年组织一次培训。", "");
    Plan document = PlanLoader.standard().load(text);
    assertThat(document.allTasks()).extracting(Task::text).containsExactly(
        "2011年前,建立社会组织培训制度。", "2012年前,完善考核办法。", "建立培训制度,每年考核一次。", "每年组织一次培训。");
    assertThat(document.allTasks().get(0).getText().holder()).isSameAs(document.text());
    assertThat(document.allTasks().get(3).getText().holder()).isSameAs(document.text());
    assertThat(document.allTasks().get(3).recurrence()).hasValue(Recurrence.YEARLY);
  }

  @Test
  void aRangeReadsItsCharactersFoldedWhateverTheirWidth() {
    String planText = "1、建立制度,完善办法。";
    TaskText range = TaskText.range(planText, 2, 12);
    assertThat(range).hasToString("建立制度,完善办法。");
    assertThat(range.length()).isEqualTo(10);
    assertThat(range.charAt(4)).isEqualTo(',');
    assertThat(range.subSequence(5, 9)).hasToString("完善办法");
    assertThat(range).isEqualTo(TaskText.of("建立制度,完善办法。"));
    assertThat(range.hashCode()).isEqualTo("建立制度,完善办法。".hashCode());
    assertThat(TaskText.range(planText, 2, 6)).isNotEqualTo(TaskText.range(planText, 7, 11));
    // Written full-width, the same words: a range read folded, equal to the one written as it folds.
    TaskText fullWidth = TaskText.range("建立制度，完善办法。", 0, 10);
    assertThat(fullWidth).hasToString("建立制度,完善办法。").isEqualTo(range);
    assertThat(range).isEqualTo(fullWidth);
    assertThat(fullWidth.hashCode()).isEqualTo(range.hashCode());
    assertThat(fullWidth.charAt(4)).isEqualTo(',');
    assertThat(TaskText.range("建立制度，完善办法。", 0, 4)).isEqualTo(TaskText.range(planText, 2, 6))
        .isNotEqualTo(TaskText.range("建立制度，完善办法。", 0, 5));
    assertThatThrownBy(() -> TaskText.range(planText, 2, 13)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> range.charAt(10)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
