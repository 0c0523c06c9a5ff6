package io.github.pilotplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Deadlines;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A task read from a plan's text is held compactly ({@link LoadedTask}): it gives every attribute
 * as given, equals and hashes as the generated form of the same attributes, and writes the same
 * JSON.
 */
class LoadedTaskTest {

  private static final Unit CIVIL = Unit.of("市民政局");
  private static final Unit FINANCE = Unit.of("市财政局");
  private static final Town HUANGJIANG = Town.lookup("黄江镇").orElseThrow();

  /** 黄江镇 at offsets 11–13 (line 1, column 12); 市民政局 at 24 and 市财政局 at 29, on line 2 (from 18). */
  static final String TEXT = "(1)2011年前,在黄江镇试点。\n(责任单位:市民政局、市财政局)";

  @Test
  void everyTaskOfTheSeedEqualsItsGeneratedCopyAndWritesTheSameJson() throws Exception {
    Plan plan = PlanLoader.standard().load(Files.readString(Path.of("../seeds/000_8ddc76576f8f43b0.txt")));
    assertThat(plan.allTasks()).hasSize(20).allSatisfy(t -> assertThat(t).isInstanceOf(LoadedTask.class));
    for (Task t : plan.allTasks()) {
      Task copy = Task.builder().from(t).build();
      assertThat(copy).isNotInstanceOf(LoadedTask.class);
      assertThat(t).isEqualTo(copy);
      assertThat(copy).isEqualTo(t);
      assertThat(t.hashCode()).isEqualTo(copy.hashCode());
      assertThat(t.source()).isEqualTo(copy.source());
      assertThat(t.unitMentions()).isEqualTo(copy.unitMentions());
      assertThat(t.unitMentions()).extracting(Mention::source).isEqualTo(
          copy.unitMentions().stream().map(Mention::source).collect(ImmutableList.toImmutableList()));
      assertThat(PlanJson.MAPPER.writeValueAsString(t)).isEqualTo(PlanJson.MAPPER.writeValueAsString(copy));
    }
  }

  @Test
  void mentionsOnTheTasksLineAndElsewhereComeBackAtTheirSpans() {
    SourceSpan source = SourceSpan.of(1, 4, 3, TEXT.length() - 3);
    Mention<Town> town = Mention.of(HUANGJIANG, SourceSpan.of(1, 12, 11, 3));
    Mention<Unit> civil = Mention.of(CIVIL, SourceSpan.of(2, 7, 24, 4));
    Mention<Unit> finance = Mention.of(FINANCE, SourceSpan.of(2, 12, 29, 4));
    Task twoLines = task(List.of(civil, finance), List.of(town), source);
    assertSpans(twoLines.unitMentions(), civil, finance);
    assertSpans(twoLines.townMentions(), town);
    assertThat(twoLines.placeMentions()).isEmpty();
    assertThat(twoLines.getUnitMentions().values()).isSameAs(twoLines.statedUnits());

    Task oneLine = task(List.of(), List.of(town), source);
    assertSpans(oneLine.townMentions(), town);
    assertThat(oneLine.unitMentions()).isEmpty();

    Task none = task(List.of(), List.of(), source);
    assertThat(none.unitMentions()).isEmpty();
    assertThat(none.townMentions()).isEmpty();
    assertThat(none.source()).isEqualTo(source);
    assertThat(none.text()).isEqualTo("2011年前,在黄江镇试点。");
  }

  @Test
  void refusesWhatTheGeneratedFormRefuses() {
    SourceSpan source = SourceSpan.of(1, 1, 0, 5);
    assertThatThrownBy(() -> Task.of(ImmutableList.of(), Optional.empty(), TEXT, 3, 17,
        ImmutableList.of(CIVIL), ImmutableList.of(CIVIL), Optional.of(FINANCE), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), Optional.empty(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), Optional.empty(), source))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the lead unit 市财政局");
    assertThatThrownBy(() -> Task.of(ImmutableList.of(), Optional.empty(), TEXT, 3, TEXT.length() + 1,
        ImmutableList.of(), ImmutableList.of(), Optional.empty(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), Optional.empty(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), Optional.empty(), source)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static Task task(List<Mention<Unit>> units, List<Mention<Town>> towns, SourceSpan source) {
    ImmutableList<Unit> stated = units.stream().map(Mention::value).collect(ImmutableList.toImmutableList());
    ImmutableList<Deadline> due = ImmutableList.of(Deadlines.parse("2011年前"));
    return Task.of(ImmutableList.of(Label.of(Level.SUB_ITEM, 1)), Optional.empty(), TEXT, 3, 17,
        stated, stated, stated.isEmpty() ? Optional.empty() : Optional.of(stated.get(0)),
        ImmutableList.of(), ImmutableList.of(), due, due, Optional.empty(),
        towns.stream().map(Mention::value).collect(ImmutableList.toImmutableList()), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(units), ImmutableList.copyOf(towns),
        ImmutableList.of(), Optional.empty(), source);
  }

  @SafeVarargs
  private static <T> void assertSpans(List<Mention<T>> actual, Mention<T>... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i).value()).isEqualTo(expected[i].value());
      assertThat(actual.get(i).source()).isEqualTo(expected[i].source());
      assertThat(TEXT.substring(actual.get(i).source().offset(), actual.get(i).source().endOffset()))
          .isEqualTo(expected[i].value() instanceof Unit ? ((Unit) expected[i].value()).name() : "黄江镇");
    }
  }
}
