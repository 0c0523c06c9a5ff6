package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.internal.text.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The seed written in other ways — widths, line ends, indentation, encodings — is the same plan. */
class TextVariantsTest {

  private static final Plan SEED = PlanLoader.seed();

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("full-width punctuation", (UnaryOperator<String>) s -> s
            .replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，').replace(';', '；')),
        Arguments.of("CRLF line ends", (UnaryOperator<String>) s -> s.replace("\n", "\r\n")),
        Arguments.of("CR line ends", (UnaryOperator<String>) s -> s.replace("\n", "\r")),
        Arguments.of("ideographic indentation", (UnaryOperator<String>) s -> s.replace("\n  ", "\n\u3000\u3000")),
        Arguments.of("no-break-space indentation", (UnaryOperator<String>) s -> s.replace("\n  ", "\n\u00a0\u00a0")),
        Arguments.of("no indentation", (UnaryOperator<String>) s -> s.replace("\n  ", "\n")),
        Arguments.of("no blank lines", (UnaryOperator<String>) s -> s.replace("\n\n", "\n")),
        Arguments.of("full-width punctuation and CRLF", (UnaryOperator<String>) s -> s
            .replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，').replace(';', '；')
            .replace("\n", "\r\n")));
  }

  @Test
  void bomAndIdeographicIndentationAsBytes() throws IOException {
    String text = SEED.text().replace("\n  ", "\n\u3000\u3000");
    assertThat(text).contains("\u3000\u3000");
    byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(utf8[0]).isEqualTo((byte) 0xEF);

    Plan plan = PlanLoader.strict().load(utf8);

    assertThat(plan).isEqualTo(SEED);
    assertThat(plan.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void aVariantGivesAnEqualPlan(String name, UnaryOperator<String> variant) {
    String text = variant.apply(SEED.text());
    assertThat(text).isNotEqualTo(SEED.text());
    Plan plan = PlanLoader.strict().load(text);
    assertThat(plan).isEqualTo(SEED);
    assertThat(plan.tasks().ownedBy("市财政局").dueIn(2011).count()).isEqualTo(4);
  }

  @Test
  void theModelHoldsFoldedTextAndPointsToTheTextAsWritten() {
    String text = SEED.text().replace('(', '（').replace(')', '）');
    Plan plan = PlanLoader.standard().load(text);
    // The model folds widths, so both spellings give one model ...
    assertThat(plan.task("(二)", "1").orElseThrow().text()).contains("镇街政府(办事处)");
    // ... while positions lead back to the characters as written.
    var span = plan.task("(二)", "1").orElseThrow().source();
    assertThat(plan.text().substring(span.offset(), span.endOffset())).contains("镇街政府（办事处）");
    assertThat(plan.section("(二)").orElseThrow().label().written()).isEqualTo("（二）");
  }

  @Test
  void bytesInEveryEncodingTheLoaderTellsApart() throws IOException {
    byte[] utf8 = SEED.text().getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    byte[] gb = SEED.text().getBytes(TextDecoding.GB18030);
    assertThat(gb).isNotEqualTo(utf8);

    assertThat(PlanLoader.standard().load(utf8)).isEqualTo(SEED);
    assertThat(PlanLoader.standard().load(bom)).isEqualTo(SEED);
    assertThat(PlanLoader.standard().load(bom).text()).isEqualTo(SEED.text());
    assertThat(PlanLoader.standard().load(gb)).isEqualTo(SEED);
    assertThat(PlanLoader.standard().load(new ByteArrayInputStream(gb))).isEqualTo(SEED);
    assertThat(PlanLoader.standard().load(new StringReader(SEED.text()))).isEqualTo(SEED);
  }

  @Test
  void positionsPointIntoTheTextAsGiven() {
    String text = SEED.text().replace("\n", "\r\n");
    Plan plan = PlanLoader.standard().load(text);
    plan.allTasks().forEach(t -> {
      String at = text.substring(t.source().offset(), t.source().endOffset());
      assertThat(at).startsWith(t.text().substring(0, 5));
    });
    // (二)2 sits on line 56 whether lines end with LF or CRLF.
    assertThat(plan.task("(二)", "2").orElseThrow().source().line()).isEqualTo(56);
  }
}
