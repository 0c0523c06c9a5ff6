package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import org.junit.jupiter.api.Test;

/** A plan with a task table and an attachment goes to JSON and back, row sources included. */
class TableJsonTest {

  @Test
  void rowSourcesAndAttachmentLabelsComeBack() {
    Plan plan = PlanLoader.standard().load(String.join("\n",
        "一、主要任务",
        "1.有序扩大家庭医生来源。现阶段家庭医生包括基层医疗卫生机构的医生。",
        "附件2",
        "重点任务分工表",
        "序号\t工作事项\t牵头单位\t配合单位",
        "1\t有序扩大家庭医生来源\t市卫生健康委\t市医保局",
        "2\t推进医防融合\t市疾控中心\t市卫生健康委",
        ""));
    assertThat(plan.allTasks()).allMatch(t -> t.unitSource().isPresent());

    Plan back = PlanJson.roundTrip(plan);

    assertThat(back).isEqualTo(plan);
    PlanJson.assertSameProvenance(back, plan);
    assertThat(back.task("附件2", "2").orElseThrow().unitSource().orElseThrow().source())
        .isEqualTo(plan.task("附件2", "2").orElseThrow().unitSource().orElseThrow().source());
  }
}
