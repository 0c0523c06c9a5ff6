package io.github.pilotplan.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
