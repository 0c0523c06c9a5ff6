package io.github.pilotplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.internal.annotate.DeadlineGrammar;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.internal.annotate.UnitAnnotation;
import io.github.pilotplan.internal.annotate.UnitAnnotationGrammar;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.TextParseException;
import io.github.pilotplan.UndecodableInputException;
import java.io.IOException;
import io.github.pilotplan.Deadlines;

/**
 * Fuzz tests of the loader and the grammars. In a normal build they replay their regression
 * inputs (test resources under {@code LoaderFuzzTestInputs/}); with {@code JAZZER_FUZZ=1} they
 * fuzz, see the README.
 */
class LoaderFuzzTest {

  private static final PlanLoader LOADER = PlanLoader.standard().withMaxInputSize(1 << 20);

  /** Any bytes either load, with every line accounted for, or are refused as undecodable. */
  @FuzzTest(maxDuration = "30m")
  void loader(byte[] bytes) throws IOException {
    Plan plan;
    try {
      plan = LOADER.load(bytes);
    } catch (UndecodableInputException e) {
      assertThat(e.byteOffset()).isBetween(0L, (long) bytes.length);
      return;
    }
    SourceText source = SourceText.of(plan.text());
    long nonBlank = java.util.stream.IntStream.rangeClosed(1, source.lineCount())
        .filter(n -> !source.line(n).trim().isEmpty()).count();
    assertThat(plan.lines()).hasSize((int) nonBlank);
    long unplaced = plan.lines().stream().filter(l -> l.role() == LineRole.UNPLACED).count();
    assertThat(plan.diagnostics().size()).isGreaterThanOrEqualTo((int) unplaced);
    for (SourceLine line : plan.lines()) {
      assertThat(line.line()).isBetween(1, source.lineCount());
    }
    plan.allTasks().forEach(t -> {
      assertThat(t.source().endOffset()).isLessThanOrEqualTo(plan.text().length());
      t.targets().forEach(x -> assertThat(x.source().endOffset()).isLessThanOrEqualTo(plan.text().length()));
    });
  }

  /** The deadline grammar finds only well-formed deadlines, inside the text, in order. */
  @FuzzTest(maxDuration = "10m")
  void deadlines(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    SourceText source = SourceText.of(text);
    int last = -1;
    for (Deadline d : DeadlineGrammar.find(source.region(0, text.length()))) {
      assertThat(d.source().offset()).isGreaterThan(last);
      assertThat(d.source().endOffset()).isLessThanOrEqualTo(text.length());
      assertThat(d.text()).isEqualTo(source.cleaned().substring(d.source().offset(), d.source().endOffset()));
      last = d.source().offset();
    }
    try {
      Deadlines.parse(text);
    } catch (TextParseException expected) {
      assertThat(expected.getErrorIndex()).isBetween(0, text.length());
    }
  }

  /** The unit grammar never fails and never yields a blank unit. */
  @FuzzTest(maxDuration = "10m")
  void units(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    for (UnitAnnotation a : UnitAnnotationGrammar.find(SourceText.of(text).region(0, text.length()))) {
      assertThat(a.units()).allSatisfy(u -> assertThat(u.name()).isNotBlank());
      a.lead().ifPresent(lead -> assertThat(a.units()).contains(lead));
    }
    if (!text.isBlank() && !Unit.canonicalName(text).isEmpty()) {
      assertThat(Unit.of(text).matches(text)).isTrue();
    }
  }
}
