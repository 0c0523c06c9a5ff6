package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.internal.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.internal.annotate.UnitAnnotation;
import io.github.pilotplan.internal.annotate.UnitAnnotationGrammar;
import io.github.pilotplan.model.UnitNaming;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitKind;
import io.github.pilotplan.model.UnitRole;

class UnitTest {

  private static List<UnitAnnotation> annotations(String statement) {
    SourceText t = SourceText.of(statement);
    return UnitAnnotationGrammar.find(t.region(0, statement.length()));
  }

  @Test
  void aliasesResolveToOneName() {
    assertThat(Unit.of("财政局")).isEqualTo(Unit.of("市财政局")).isEqualTo(Unit.of("东莞市财政局"));
    assertThat(Unit.of("财政局").name()).isEqualTo("市财政局");
    assertThat(Unit.of(" 市财政局 ").name()).isEqualTo("市财政局");
    assertThat(Unit.of("黄江").name()).isEqualTo("黄江镇");
    assertThat(Unit.of("市财政局").matches("财政局")).isTrue();
    assertThat(Unit.of("市财政局").matches("市民政局")).isFalse();
    assertThat(Unit.of("市财政局").matches("")).isFalse();
    assertThatThrownBy(() -> Unit.of("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void kinds() {
    assertThat(Unit.of("市财政局").kind()).isEqualTo(UnitKind.MUNICIPAL_DEPARTMENT);
    assertThat(Unit.of("黄江镇").kind()).isEqualTo(UnitKind.TOWN);
    assertThat(Unit.of("黄江镇").town().map(Town::shortName)).hasValue("黄江");
    assertThat(Unit.of("市社区工作领导小组成员单位").kind()).isEqualTo(UnitKind.GROUP);
    assertThat(Unit.of("各镇街").kind()).isEqualTo(UnitKind.COLLECTIVE);
    assertThat(Unit.of("市财政局").town()).isEmpty();
  }

  @Test
  void theSeedsAnnotationSplitsOnTheEnumerationComma() {
    List<UnitAnnotation> found = annotations(
        "2012年前,全市社会组织健康发展。(责任单位:市民政局、市财政局、市经贸局、市机编办)");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).units()).extracting(Unit::name)
        .containsExactly("市民政局", "市财政局", "市经贸局", "市机编办");
    assertThat(found.get(0).lead()).isEmpty();
    assertThat(found.get(0).source().column()).isEqualTo(19);   // after "2012年前,"(7) "全市…发展"(10) "。"(1)
  }

  @Test
  void townsAfterACommaAndFullWidthForms() {
    List<UnitAnnotation> found = annotations("实现衔接。（责任单位：市民政局、市农业局，黄江镇、厚街镇）");
    assertThat(found.get(0).units()).extracting(Unit::name)
        .containsExactly("市民政局", "市农业局", "黄江镇", "厚街镇");
  }

  @Test
  void leadAndSupportingUnits() {
    List<UnitAnnotation> found = annotations("建立机制。(牵头单位:市民政局;配合单位:财政局、人事局)");
    assertThat(found.get(0).units()).extracting(Unit::name)
        .containsExactly("市民政局", "市财政局", "市人事局");
    assertThat(found.get(0).lead().map(Unit::name)).hasValue("市民政局");

    List<UnitAnnotation> marked = annotations("建立机制。(责任单位:市财政局、市民政局(牵头))");
    assertThat(marked.get(0).lead().map(Unit::name)).hasValue("市民政局");
  }

  @Test
  void nestedBracketsAndTrailingCollectiveClauses() {
    List<UnitAnnotation> found = annotations(
        "完善制度。(责任单位:市民政局、各相关部门、镇街(园区)按职责分工负责)");
    assertThat(found.get(0).units()).extracting(Unit::name)
        .containsExactly("市民政局", "各相关部门、镇街(园区)按职责分工负责");
    assertThat(found.get(0).units().get(1).kind()).isEqualTo(UnitKind.COLLECTIVE);
  }

  @Test
  void otherParenthesesAreNotAnnotations() {
    assertThat(annotations("负责现由村(居)委会承担的政务服务工作(国发〔2016〕18号)")).isEmpty();
    assertThat(annotations("各镇人民政府(街道办事处),市府直属各单位:")).isEmpty();
  }

  @Test
  void aUnitEndingInAMillionEtcIsReadInOnePass() {
    // Issue 13: "…(责任单位:市民政局" + "等" * N + ")" at 3 MB took 171 s (a copy per 等 dropped).
    String statement = "建立制度。(责任单位:市民政局" + "等".repeat(1_000_000) + ")";
    List<UnitAnnotation> found = annotations(statement);
    assertThat(found).singleElement().satisfies(a ->
        assertThat(a.units()).extracting(Unit::name).containsExactly("市民政局"));
    assertThat(Unit.canonicalName("市财政局" + "等".repeat(1_000_000))).isEqualTo("市财政局");
  }

  @Test
  void manyUnclosedBracketsAndManyByAreReadInOnePass() {
    // Each unclosed "(" and each "由" is looked at once, not scanned to the end of the line.
    String statement = "(".repeat(200_000) + "由".repeat(200_000) + "(责任单位:市民政局)";
    assertThat(annotations(statement)).singleElement().satisfies(a ->
        assertThat(a.units()).extracting(Unit::name).containsExactly("市民政局"));
  }

  @Test
  void namesAsWrittenOutsideACitysPlan() {
    assertThat(Unit.of("生态环境部").name()).isEqualTo("生态环境部");
    assertThat(Unit.of("生态环境部").kind()).isEqualTo(UnitKind.NATIONAL);
    assertThat(Unit.of("税务总局").name()).isEqualTo("税务总局");
    assertThat(Unit.of("海关总署").name()).isEqualTo("海关总署");
    assertThat(Unit.of("省民政厅").kind()).isEqualTo(UnitKind.PROVINCIAL);
    assertThat(Unit.of("区水务局等部门").name()).isEqualTo("区水务局");

    UnitNaming national = UnitNaming.forTitle("国务院办公厅关于印发“无废城市”建设试点工作方案的通知");
    assertThat(national.unit("扶贫办").name()).isEqualTo("扶贫办");
    assertThat(national.unit("扶贫办").kind()).isEqualTo(UnitKind.NATIONAL);
    assertThat(Unit.canonical("扶贫办", UnitKind.NATIONAL).matches("扶贫办")).isTrue();
    UnitNaming provincial = UnitNaming.forTitle("四川省“十四五”现代流通体系建设实施方案");
    assertThat(provincial.unit("商务厅").name()).isEqualTo("商务厅");
    assertThat(provincial.unit("商务厅").kind()).isEqualTo(UnitKind.PROVINCIAL);
    UnitNaming guangzhou = UnitNaming.forTitle("广州市人民政府办公厅关于印发广州市社区社会组织培育发展实施意见的通知");
    assertThat(guangzhou.unit("广州市民政局").name()).isEqualTo("市民政局");
    assertThat(guangzhou.unit("财政局").name()).isEqualTo("市财政局");
    assertThat(UnitNaming.forTitle("东莞市民政局2012年工作要点")).isSameAs(UnitNaming.standard());
    assertThat(UnitNaming.forTitle("关于推进人才集聚工程的实施意见")).isSameAs(UnitNaming.standard());
    // A title that does not say whose document it is leaves it to the addressee line.
    assertThat(UnitNaming.forDocument(java.util.Optional.of("支持文化企业发展两个规定的通知"),
        List.of("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"))).isSameAs(UnitNaming.national());
    assertThat(UnitNaming.forDocument(java.util.Optional.empty(),
        List.of("各市(州)人民政府、省级有关部门(单位):"))).isSameAs(UnitNaming.provincial());
    assertThat(UnitNaming.forDocument(java.util.Optional.of("东莞市民政局关于印发《…》的通知"),
        List.of("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"))).isSameAs(UnitNaming.standard());
  }

  @Test
  void distributiveCollectivesStayWhole() {
    assertThat(annotations("(牵头单位:市委组织部,配合单位:市国资委,各有关区、县级市)").get(0).units())
        .extracting(Unit::name).containsExactly("市委组织部", "市国资委", "各有关区、县级市");
    assertThat(annotations("(发展改革委、各省、自治区、直辖市人民政府负责)").get(0).units())
        .extracting(Unit::name).containsExactly("市发展改革委", "各省、自治区、直辖市人民政府");
    // 工业和信息化部 is one name; 和各 and 等和 start a new one.
    assertThat(annotations("(工业和信息化部、住房和城乡建设部等和各地方人民政府负责)").get(0).units())
        .extracting(Unit::name).containsExactly("工业和信息化部", "住房和城乡建设部", "各地方人民政府");
  }

  @Test
  void ordinaryBracketsWithAVerbAreNoClause() {
    assertThat(annotations("对参加培训的人员给予补贴(费用由企业负责)")).isEmpty();
    assertThat(annotations("推进改革(具体办法由财政部另行制定)")).isEmpty();
    assertThat(annotations("由市、镇两级财政予以保障,由民政部门按条件推荐")).isEmpty();
  }

  @Test
  void everyKeyWithEverySeparator() {
    UnitAnnotation a = annotations("建立机制。(牵头单位:市民政局。协办单位:市财政局;参与单位:各镇街,指导单位:市人事局)").get(0);
    assertThat(a.roles()).extracting(UnitAssignment::toString).containsExactly(
        "市民政局 LEAD", "市财政局 SUPPORTING", "各镇街 SUPPORTING", "市人事局 GUIDING");
    assertThat(a.lead().map(Unit::name)).hasValue("市民政局");
    assertThat(annotations("建立机制。(主办单位:市民政局,配合单位:市财政局)").get(0).roles())
        .extracting(UnitAssignment::role).containsExactly(UnitRole.RESPONSIBLE, UnitRole.SUPPORTING);
  }
}
