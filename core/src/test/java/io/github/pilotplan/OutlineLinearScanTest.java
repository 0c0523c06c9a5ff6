package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.LineRole;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the link-line pattern of the outline recursed once per 【…】 and overflowed the stack
 * on an 11 KB line. Every line test of the outline is a scan now; these lines load, on a small
 * stack too.
 */
class OutlineLinearScanTest {

  /** Runs {@code work} on a thread with a 256 KiB stack, where 1.4 KB of links used to overflow it. */
  private static Plan onSmallStack(java.util.function.Supplier<Plan> work) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    assertThat(result.get()).isInstanceOf(Plan.class);
    return (Plan) result.get();
  }

  @Test
  void theIssueReproducerLoadsLenientAndStrict() throws InterruptedException {
    String text = "1、标题\n" + "【打印】".repeat(2000);
    Plan lenient = PlanLoader.standard().load(text);
    assertThat(lenient.lines()).extracting(SourceLine::role).containsExactly(LineRole.HEADING, LineRole.BOILERPLATE);
    assertThat(PlanLoader.strict().load(text)).isEqualTo(lenient);
    assertThat(onSmallStack(() -> PlanLoader.standard().load(text))).isEqualTo(lenient);
  }

  @Test
  void anElevenKilobyteLinkLine() throws InterruptedException {
    // python3 -c "print('【打印】'*961)": 11,533 bytes of UTF-8.
    String text = "【打印】".repeat(961) + "\n";
    assertThat(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(11_533);
    Plan plan = onSmallStack(() -> PlanLoader.standard().load(text));
    assertThat(plan.lines()).extracting(SourceLine::role).containsExactly(LineRole.BOILERPLATE);
  }

  @Test
  void aOneMegabyteLinkLineAndOtherLongLines() throws InterruptedException {
    String links = "1、标题\n" + "【打印】".repeat(87_382) + "\n";
    assertThat(links.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(1024 * 1024);
    Plan plan = onSmallStack(() -> PlanLoader.standard().load(links));
    assertThat(plan.lines()).extracting(SourceLine::role).containsExactly(LineRole.HEADING, LineRole.BOILERPLATE);
    // A pagination line of 100,000 page numbers: read in one pass, its count found.
    String pages = "1、标题\n第 " + "[1] ".repeat(100_000) + "页 共[10]页\n";
    assertThat(onSmallStack(() -> PlanLoader.standard().load(pages)).page().totalPages()).hasValue(10);
    // A link line with one bad link is no link line: the whole line is read as a paragraph.
    String broken = "1、标题\n" + "【打印】".repeat(100_000) + "【】\n";
    assertThat(onSmallStack(() -> PlanLoader.standard().load(broken)).lines()).extracting(SourceLine::role)
        .containsExactly(LineRole.HEADING, LineRole.STATEMENT);
  }
}
