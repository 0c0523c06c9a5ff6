package io.github.pilotplan.internal.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.UnitNaming;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The annotator runs every finder on a statement, in its declared order, into one value. */
class AnnotatorTest {

  private static Region statement(String text) {
    SourceText s = SourceText.of(text);
    return s.region(0, text.length());
  }

  @Test
  void oneStatementGivesEveryFormItsField() {
    // Read by hand: a deadline (到2012年), a target (60%以上 … 农村社区) after it, a document to draft
    // (《社区服务办法》), two towns listed with 两镇, and the responsibility clause.
    Annotations a = new Annotator(UnitNaming.standard(), Optional.empty(), List.of()).annotate(statement(
        "到2012年,全市60%以上的农村社区达标,制定《社区服务办法》,以黄江、厚街两镇为试点。(责任单位:市民政局、市财政局)"));
    assertThat(a.deadlines()).extracting(d -> d.text()).containsExactly("到2012年");
    assertThat(a.targets()).hasSize(1);
    assertThat(a.targets().get(0).deadline()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("到2012年"));
    assertThat(a.deliverables()).containsExactly("社区服务办法");
    assertThat(a.towns()).extracting(Mention::value).extracting(Town::name).containsExactly("黄江镇", "厚街镇");
    assertThat(a.units()).hasSize(1);
    assertThat(a.units().get(0).units()).extracting(u -> u.name()).containsExactly("市民政局", "市财政局");
  }

  @Test
  void theFindersGiveWhatTheirGrammarsGiveAlone() {
    String text = "2009年至2010年,在长安镇建成不少于10个社区服务中心;次年底前完成验收。";
    Region r = statement(text);
    Annotations a = new Annotator(UnitNaming.standard(), Optional.of(LocalDate.of(2009, 3, 1)), List.of())
        .annotate(r);
    assertThat(a.deadlines()).isEqualTo(DeadlineGrammar.find(r, Optional.of(LocalDate.of(2009, 3, 1))));
    assertThat(a.targets()).isEqualTo(TargetGrammar.find(r, a.deadlines()));
    assertThat(a.towns()).isEqualTo(TownGrammar.mentions(r));
    assertThat(a.places()).isEqualTo(PlaceGrammar.resolve(r, PlaceGrammar.scan(r), List.of(), d -> { }));
    assertThat(a.units()).isEmpty();
  }

  @Test
  void diagnosticsComeInTextOrderAndAStatementWithoutThemGivesNone() {
    Annotator annotator = new Annotator(UnitNaming.standard(), Optional.empty(), List.of());
    annotator.annotate(statement("全市社区普遍建立服务站。"));
    assertThat(annotator.diagnostics()).isEmpty();
    // A key with its colon and no unit the grammar can read: reported where the bracket stands.
    annotator.annotate(statement("加强管理。(牵头单位:)"));
    assertThat(annotator.diagnostics()).hasSize(1);
    assertThat(annotator.diagnostics().get(0).span().column()).isEqualTo(6);
  }
}
