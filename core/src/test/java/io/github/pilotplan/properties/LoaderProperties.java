package io.github.pilotplan.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.PlanWriter;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.outline.LineRole;
import io.github.pilotplan.text.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** What must hold for every input: a plan comes back, and no line is lost. */
class LoaderProperties {

  /**
   * The non-blank lines of {@code text}: lines with anything but spaces (ASCII, ideographic,
   * no-break and the other Unicode spaces). Control characters count as content.
   */
  private static List<Integer> nonBlankLines(String text) {
    SourceText source = SourceText.of(text);
    return IntStream.rangeClosed(1, source.lineCount())
        .filter(n -> !source.line(n).trim().isEmpty())
        .boxed()
        .collect(Collectors.toList());
  }

  private static void assertNothingLost(String text, Plan plan) {
    assertThat(plan.lines()).extracting(SourceLine::line).containsExactlyElementsOf(nonBlankLines(text));
    // Each line nobody could place has its diagnostic, on that line.
    List<Integer> unplaced = plan.lines().stream()
        .filter(l -> l.role() == LineRole.UNPLACED).map(SourceLine::line).toList();
    assertThat(plan.diagnostics()).extracting(d -> d.span().line()).containsAll(unplaced);
  }

  @Property(tries = 500)
  void anyStringLoads(@ForAll @StringLength(max = 400) String text) {
    Plan plan = PlanLoader.standard().load(text);
    assertNothingLost(text, plan);
  }

  @Property(tries = 500)
  void anyStringOfPlanCharactersLoads(@ForAll("planish") String text) {
    Plan plan = PlanLoader.standard().load(text);
    assertNothingLost(text, plan);
    // Whatever was read, writing it back and reading again gives the same tasks.
    if (plan.diagnostics().isEmpty()) {
      assertThat(PlanLoader.standard().load(PlanWriter.write(plan)).allTasks()).isEqualTo(plan.allTasks());
    }
  }

  @Provide
  Arbitrary<String> planish() {
    return Arbitraries.strings()
        .withChars("(（)）一二三十123、.．①:：,，;；。《》〔〕年月底前至从开始起到责任单位牵头市局镇黄江厚街各\n\r \u3000")
        .ofMaxLength(300);
  }

  @Property(tries = 200)
  void generatedDocumentsLoadWithoutLossAndRoundTrip(@ForAll("documents") String text) {
    Plan plan = PlanLoader.strict().load(text);
    assertNothingLost(text, plan);
    assertThat(plan.lines()).extracting(SourceLine::role).doesNotContain(LineRole.UNPLACED);
    String written = PlanWriter.write(plan);
    assertThat(PlanLoader.strict().load(written)).isEqualTo(plan);
  }

  @Property(tries = 100)
  void fullWidthAndLineEndsDoNotChangeTheModel(@ForAll("shapes") List<List<List<Integer>>> shape,
      @ForAll long seed) {
    GeneratedDocuments.Style plain = new GeneratedDocuments.Style(false, false, false, true);
    GeneratedDocuments.Style fancy = new GeneratedDocuments.Style(true, true, true, true);
    assertThat(PlanLoader.strict().load(GeneratedDocuments.render(shape, seed, fancy)))
        .isEqualTo(PlanLoader.strict().load(GeneratedDocuments.render(shape, seed, plain)));
  }

  @Provide
  Arbitrary<List<List<List<Integer>>>> shapes() {
    Arbitrary<List<Integer>> items = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<List<Integer>>> sections = items.list().ofMinSize(1).ofMaxSize(3);
    return sections.list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<GeneratedDocuments.Style> styles = Combinators.combine(
        Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(GeneratedDocuments.Style::new);
    return Combinators.combine(shapes(), Arbitraries.longs(), styles).as(GeneratedDocuments::render);
  }
}
