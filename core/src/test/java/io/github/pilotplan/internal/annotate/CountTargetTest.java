package io.github.pilotplan.internal.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.internal.text.SourceText;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.model.Bound;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;

/** Count and measure targets after action verbs and bounds, from real plans' sentences (issue 16). */
class CountTargetTest {

  private static List<Target> targets(String text) {
    SourceText s = SourceText.of(text);
    var region = s.region(0, text.length());
    return TargetGrammar.find(region, DeadlineGrammar.find(region));
  }

  private static void check(Target t, String subject, Bound cmp, String value, String unit) {
    assertThat(t.subject()).isEqualTo(subject);
    assertThat(t.bound()).isEqualTo(cmp);
    assertThat(t.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(t.unit()).isEqualTo(unit);
  }

  @Test
  void theThingServedAfterTheVerb() {
    // 广州人才特区: “5年内直接服务"千人计划"等各类高端人才2000名”
    List<Target> ts = targets("5年内直接服务“千人计划”等各类高端人才2000名。");
    assertThat(ts).singleElement().satisfies(t -> check(t, "高端人才", Bound.EXACTLY, "2000", "名"));
    assertThat(ts.get(0).deadline()).hasValueSatisfying(d -> assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN));
  }

  @Test
  void twoCountsInOneSentenceEachGetTheirOwn() {
    List<Target> ts = targets("市、区两级筹集建设1000套专家公寓和10000套人才公寓。");
    assertThat(ts).hasSize(2);
    check(ts.get(0), "专家公寓", Bound.EXACTLY, "1000", "套");
    check(ts.get(1), "人才公寓", Bound.EXACTLY, "10000", "套");
  }

  @Test
  void theSubjectBeforeABoundLosesItsVerb() {
    assertThat(targets("2014年底前,培训养老护理员不少于2000名。")).singleElement()
        .satisfies(t -> check(t, "养老护理员", Bound.AT_LEAST, "2000", "名"));
  }

  @Test
  void aVerbBeforeTheBoundSendsTheSubjectAfterTheNumber() {
    assertThat(targets("到2015年,长安镇建成不少于10个社区服务中心。")).singleElement()
        .satisfies(t -> check(t, "社区服务中心", Bound.AT_LEAST, "10", "个"));
  }

  @Test
  void chineseNumeralsAfterAVerb() {
    assertThat(targets("三年内引进三千名高端人才")).singleElement()
        .satisfies(t -> check(t, "高端人才", Bound.EXACTLY, "3000", "名"));
    assertThat(targets("新增十个社区服务站")).singleElement()
        .satisfies(t -> check(t, "社区服务站", Bound.EXACTLY, "10", "个"));
    // Chinese numerals without a verb or bound before them are no quantity.
    assertThat(targets("实行行业准入标准和条件三地互认,发挥八大制造业作用,推进城乡一体化")).isEmpty();
    // 一 is an article more often than a count: 每季度开展一次 is how often, not how many.
    assertThat(targets("每季度开展一次社区服务需求调查")).isEmpty();
  }

  @Test
  void tensOfThousandsWrittenWithWan() {
    assertThat(targets("全年培训农村劳动力1.5万人。")).singleElement()
        .satisfies(t -> check(t, "农村劳动力", Bound.EXACTLY, "15000", "人"));
    // 广州人才特区: “320万名” is 3,200,000 名; 万元 stays a unit of money.
    assertThat(targets("人才资源总量达到320万名")).singleElement()
        .satisfies(t -> check(t, "人才资源总量", Bound.EXACTLY, "3200000", "名"));
    assertThat(targets("安排专项资金不少于500万元")).singleElement()
        .satisfies(t -> check(t, "专项资金", Bound.AT_LEAST, "500", "万元"));
  }

  @Test
  void upperBoundsWithYiNeiAndKongZhiZai() {
    assertThat(targets("城镇登记失业率控制在3.5%以内。")).singleElement()
        .satisfies(t -> check(t, "城镇登记失业率", Bound.AT_MOST, "3.5", "%"));
    assertThat(targets("至少建成5个示范点")).singleElement()
        .satisfies(t -> check(t, "示范点", Bound.AT_LEAST, "5", "个"));
  }

  @Test
  void subjectsFromRealPlans() {
    // 六盘水新基建: “全市新建5G基站2600个以上” and “累计建成5G基站1万个”
    assertThat(targets("2022年,全市新建5G基站2600个以上,新建数据中心2个")).first()
        .satisfies(t -> check(t, "5G基站", Bound.AT_LEAST, "2600", "个"));
    assertThat(targets("到2024年,全市累计建成5G基站1万个,累计新建市级创新平台50个")).first()
        .satisfies(t -> check(t, "5G基站", Bound.EXACTLY, "10000", "个"));
    // 广州人才特区: the thing counted after the last 的 of a long phrase.
    assertThat(targets("重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才")).singleElement()
        .satisfies(t -> check(t, "企业紧缺人才", Bound.ABOUT, "10000", "名"));
    // 东莞十二五分工: a rate after 降低.
    assertThat(targets("单位工业增加值用水量降低20%。")).singleElement()
        .satisfies(t -> check(t, "单位工业增加值用水量", Bound.EXACTLY, "20", "%"));
  }

  // ---------------------------------------------------------- issue 13: no quadratic subjects

  @Test
  void tenThousandCountsOnOneLineLoadWithBoundedSubjects() {
    // Once an OutOfMemoryError in 256 MB: every count copied the rest of the line as its subject.
    Plan plan = PlanLoader.standard().load("1、" + "1个".repeat(10_000));
    long chars = plan.allTasks().stream().flatMap(t -> t.targets().stream())
        .mapToLong(t -> t.text().length() + t.subject().length()).sum();
    assertThat(chars).isLessThan(10_000L * 2 * (TargetGrammar.MAX_SUBJECT + 10));
  }

  @Test
  void boundsRepeatedOnOneLineLoad() {
    // Once 46 s for 320 KB: each 不少于 read its subject back to the start of the line.
    Plan plan = PlanLoader.standard().load("1、" + "不少于1名".repeat(60_000));
    plan.allTasks().forEach(t -> t.targets().forEach(
        x -> assertThat(x.subject().length()).isLessThanOrEqualTo(TargetGrammar.MAX_SUBJECT)));
  }

  @Test
  void aFlattenedTableLineGivesBoundedTargets() {
    Plan plan = PlanLoader.standard().load(
        "(一)2012年前各镇街建成以下设施 " + "社区服务站 5个 图书室 3个 文体活动室 2个 ".repeat(3_000));
    plan.allTasks().forEach(t -> t.targets().forEach(
        x -> assertThat(x.text().length()).isLessThanOrEqualTo(2 * TargetGrammar.MAX_SUBJECT + 20)));
  }

  @Test
  void aLongListOfTownShortNamesLoads() {
    // Once 27 s for 320 KB: the list was read again from every name in it.
    Plan plan = PlanLoader.standard().load("1、镇" + "黄江、厚街、".repeat(50_000));
    assertThat(plan.towns()).isEmpty();
    // A list that ends in 镇 still names its towns.
    Plan listed = PlanLoader.standard().load("1、" + "黄江、厚街、".repeat(1_000) + "长安镇开展试点");
    assertThat(listed.towns()).extracting(Town::name).containsExactly("黄江镇", "厚街镇", "长安镇");
  }
}
