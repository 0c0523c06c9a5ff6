package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.Places;
import io.github.pilotplan.internal.annotate.Gazetteer;
import io.github.pilotplan.internal.annotate.PlaceGrammar;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Town;

/** The gazetteer and the places a plan names (issue 16). */
class PlaceTest {

  private static final Gazetteer G = Gazetteer.standard();

  private static List<Place> places(String text) {
    return PlaceGrammar.find(SourceText.of(text).region(0, text.length()));
  }

  @Test
  void fourLevelsWithCodesAndParents() {
    Place tianhe = G.lookup("天河区").get(0);
    assertThat(tianhe.code()).isEqualTo("440106");
    assertThat(tianhe.level()).isEqualTo(Place.Level.COUNTY);
    assertThat(Places.parent(tianhe).map(Place::name)).hasValue("广州市");
    assertThat(Places.parent(tianhe).flatMap(Places::parent).map(Place::name)).hasValue("广东省");
    assertThat(tianhe.shortName()).isEqualTo("天河");
    // Dongguan has no counties: its towns belong to the city itself.
    Place huangjiang = G.lookup("黄江镇").stream().filter(p -> p.code().startsWith("4419")).findFirst().orElseThrow();
    assertThat(huangjiang.level()).isEqualTo(Place.Level.TOWNSHIP);
    assertThat(Places.parent(huangjiang).map(Place::name)).hasValue("东莞市");
    assertThat(huangjiang.isWithin(G.lookup("广东省").get(0))).isTrue();
    // Municipalities: a district's parent is the municipality (no 市辖区 between).
    assertThat(G.lookup("朝阳区")).extracting(p -> Places.parent(p).get().name()).contains("北京市");
    assertThat(G.lookup("广西")).extracting(Place::name).containsExactly("广西壮族自治区");
    assertThat(G.byCode("44").map(Place::name)).hasValue("广东省");
    assertThat(G.all()).hasSizeGreaterThan(40_000);
    assertThat(G.lookup("市辖区")).isEmpty();
  }

  @Test
  void everyDivisionIsFoundByItsCodeAndNoPrefixOfOneIs() {
    assertThat(G.byCode("4419").map(Place::name)).hasValue("东莞市");
    assertThat(G.byCode("441")).isEmpty();    // a prefix of codes, no code
    assertThat(G.byCode("44190")).isEmpty();
    assertThat(G.byCode("")).isEmpty();
    assertThat(G.byCode("99")).isEmpty();     // after the last code
    assertThat(G.byCode("10")).isEmpty();     // before the first (北京 is 11)
    for (Place p : G.all()) {
      assertThat(G.byCode(p.code())).containsSame(p);
    }
  }

  @Test
  void aFullNameAnywhereButAShortFormOnlyWhereTheTextMakesItAPlace() {
    // 广州人才特区方案: 天河区 is a place; 广州 in 广州开发区 is part of another name.
    assertThat(places("选择广州开发区、天河区作为我市人才特区试点区域")).extracting(Place::name)
        .containsExactly("天河区");
    // A list of short forms closed by a count and a level word.
    assertThat(places("在天河、越秀两区先行试点")).extracting(Place::name).containsExactly("天河区", "越秀区");
    // A short form alone is a word (常平 in 正常平稳; 天河 in 天河公园).
    assertThat(places("社会正常平稳,天河公园开放")).isEmpty();
    // 黔东南: 老城区 (the old town) is a word first, though a district of Luoyang bears the name.
    assertThat(places("加快老城区改造,推进凯里市、从江县棚户区改造")).extracting(Place::name)
        .containsExactly("凯里市", "从江县");
  }

  @Test
  void dongguansTownsAreFoundAsBeforeAndAsPlaces() {
    Plan seed = PlanLoader.seed();
    Task pilot = seed.task("(二)", "1", "(1)").orElseThrow();
    assertThat(pilot.towns()).extracting(Town::name).containsExactly("黄江镇", "厚街镇");
    assertThat(pilot.places()).extracting(Place::name).containsExactly("黄江镇", "厚街镇");
    assertThat(pilot.places()).allSatisfy(p -> assertThat(p.code()).startsWith("4419"));
    assertThat(seed.tasks().inTown("黄江").list()).containsAll(seed.tasks().inPlace("黄江").list());
    assertThat(seed.tasks().inPlace("黄江镇").list()).contains(pilot);
    assertThat(seed.tasks().inPlace("东莞市").list()).contains(pilot);
    assertThat(seed.tasks().inPlace("广东省").list()).contains(pilot);
    assertThat(seed.tasks().inPlace("天河区").list()).isEmpty();
    assertThat(seed.diagnostics()).isEmpty();
  }

  @Test
  void inPlaceFindsAGuangzhouDistrict() {
    Plan plan = PlanLoader.standard().load(String.join("\n",
        "广州市人民政府关于印发广州市人才特区建设方案的通知",
        "一、试点区域",
        "1、选择广州开发区、天河区作为我市人才特区试点区域。(责任单位:市人社局)",
        "2、5年内直接服务“千人计划”等各类高端人才2000名。(责任单位:市科技局)"));
    assertThat(plan.tasks().inPlace("天河区").list()).extracting(Task::pathText).containsExactly("一 › 1");
    assertThat(plan.tasks().inPlace("天河").count()).isEqualTo(1);
    assertThat(plan.tasks().inPlace("广州市").list()).extracting(Task::pathText).contains("一 › 1");
    assertThat(plan.places()).extracting(Place::name).contains("天河区");
  }

  @Test
  void anAmbiguousNameResolvesInsideThePlansOwnPlacesOrIsReported() {
    String statement = "在城关镇开展试点";
    List<io.github.pilotplan.model.Diagnostic> said = new ArrayList<>();
    var region = SourceText.of(statement).region(0, statement.length());
    var found = PlaceGrammar.scan(region);
    assertThat(found).singleElement().satisfies(f -> assertThat(f.candidates().size()).isGreaterThan(50));
    assertThat(PlaceGrammar.resolve(region, found, List.of(), said::add)).isEmpty();
    assertThat(said).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("城关镇");
      assertThat(d.span().column()).isEqualTo(2);
    });
    Place county = Places.parent(G.lookup("城关镇").get(0)).orElseThrow();
    assertThat(PlaceGrammar.resolve(region, found, List.of(county), said::add))
        .singleElement().satisfies(m -> assertThat(m.value().isWithin(county)).isTrue());
  }

  @Test
  void placesInTheUnitClauseAreWhoNotWhere() {
    Plan plan = PlanLoader.standard().load("一、任务\n1、2012年前,在天河区开展人才特区试点工作,建立服务中心。(责任单位:广州市民政局)\n");
    assertThat(plan.task("一", "1").orElseThrow().places()).extracting(Place::name).containsExactly("天河区");
  }

  @Test
  void aNameThatIsAWordIsTakenOnlyInsideThePlansOwnPlaces() {
    // 拉萨 zero-waste plan: 城关区 is Lhasa's district there; elsewhere it reads as "the town's centre".
    Plan lhasa = PlanLoader.standard().load("拉萨市人民政府办公室关于印发无废城市建设方案的通知\n"
        + "一、试点范围\n1、2024年底前,在城关区、达孜区开展无废城市细胞建设工作。(责任单位:市生态环境局)\n");
    assertThat(lhasa.task("一", "1").orElseThrow().places()).extracting(Place::code)
        .containsExactly("540102", "540104");
    Plan elsewhere = PlanLoader.standard().load("一、任务\n1、2024年底前,加快城关区、老城区道路改造工作。(责任单位:市住建局)\n");
    assertThat(elsewhere.task("一", "1").orElseThrow().places()).isEmpty();
    assertThat(elsewhere.diagnostics()).isEmpty();
  }
}
