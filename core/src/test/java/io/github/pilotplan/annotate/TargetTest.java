package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.model.Bound;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Target;

/** The two targets of (二)2, read off line 56 of the seed. */
class TargetTest {

  private final Plan plan = PlanLoader.seed();

  @Test
  void twoTargetsEachWithTheDeadlineOfItsSentence() {
    Task task = plan.task("(二)", "2").orElseThrow();
    assertThat(task.targets()).hasSize(2);

    Target urban = task.targets().get(0);
    assertThat(urban.text()).isEqualTo("全市80%以上的城市社区达到省“六好”平安和谐社区标准");
    assertThat(urban.subject()).isEqualTo("城市社区");
    assertThat(urban.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(urban.value()).isEqualByComparingTo(new BigDecimal("80"));
    assertThat(urban.unit()).isEqualTo("%");
    assertThat(urban.standard()).hasValue("省“六好”平安和谐社区标准");
    assertThat(urban.deadline()).hasValueSatisfying(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.BY_END_OF);
      assertThat(d.dueYear()).hasValue(2010);
      assertThat(d.dueMonth()).hasValue(12);
    });

    Target rural = task.targets().get(1);
    assertThat(rural.subject()).isEqualTo("农村社区");
    assertThat(rural.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(rural.value()).isEqualByComparingTo(new BigDecimal("60"));
    assertThat(rural.unit()).isEqualTo("%");
    assertThat(rural.standard()).hasValue("省“六好”标准");
    assertThat(rural.deadline()).hasValueSatisfying(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
      assertThat(d.dueYear()).hasValue(2012);
    });
    // The target's position points into the text it came from.
    assertThat(plan.text().substring(rural.source().offset(), rural.source().endOffset()))
        .isEqualTo(rural.text());
  }

  @Test
  void noOtherTaskOfTheSeedHasATarget() {
    assertThat(plan.allTasks().stream().filter(t -> !t.targets().isEmpty())).hasSize(1);
  }

  @Test
  void aNumberWithTwoDecimalPointsOrThousandsOfDigitsIsNoQuantity() {
    Plan odd = PlanLoader.standard().load(
        "(一)到2012年,全市85.5%以上的社区达标,按1.1.2%口径统计,覆盖" + "9".repeat(5000) + "%的家庭。");
    Task task = odd.task("(一)").orElseThrow();
    assertThat(task.targets()).singleElement().satisfies(t -> {
      assertThat(t.value()).isEqualByComparingTo(new BigDecimal("85.5"));
      assertThat(t.unit()).isEqualTo("%");
      assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
    });
  }
}
