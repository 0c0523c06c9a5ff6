package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.model.LineRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scrapers bring home: every case ends with a plan or one specific exception. */
class HostileInputTest {

  @Test
  void emptyAndBlankTextGiveAnEmptyPlan() {
    for (String text : new String[] {"", "\n\n", " \u3000\u00a0\r\n"}) {
      Plan plan = PlanLoader.strict().load(text);
      assertThat(plan.allTasks()).isEmpty();
      assertThat(plan.outline()).isEmpty();
      assertThat(plan.lines()).isEmpty();
    }
  }

  @Test
  void nullIsRefusedWithAMessage() {
    assertThatThrownBy(() -> PlanLoader.standard().load((CharSequence) null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void aMillionOpenBracketsAreOneDiagnostic() {
    String text = "一、总则\n" + "(".repeat(1_000_000) + "\n1、2012年前,完成。\n";
    Plan plan = PlanLoader.standard().load(text);
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(2);
      assertThat(d.span().column()).isEqualTo(65);
      assertThat(d.message()).contains("deeper than 64");
    });
    assertThat(plan.lines()).filteredOn(l -> l.role() == LineRole.UNPLACED).hasSize(1);
    assertThat(plan.allTasks()).hasSize(1);
    assertThatThrownBy(() -> PlanLoader.strict().load(text))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(65);
          assertThat(e.getErrorIndex()).isEqualTo("一、总则\n".length() + 64);
          assertThat(e.getMessage()).startsWith("2:65: brackets nested deeper than 64");
        });
  }

  @Test
  void theNestingCapIsConfigurable() {
    Plan plan = PlanLoader.standard().withMaxNestingDepth(2).load("1、建立制度。(责任单位:镇街(园区(片区)))\n");
    assertThat(plan.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.toString()).startsWith("1:19: brackets nested deeper than 2"));
    assertThatThrownBy(() -> PlanLoader.standard().withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
  }

  @Test
  void aFiveMegabyteLineLoads() {
    String line = "2012年前,建立社会组织发展专项基金(责任单位:市民政局、市财政局)。".repeat(140_000);
    assertThat(line.length()).isGreaterThan(5_000_000);
    Plan plan = PlanLoader.standard().load("1、" + line + "\n");
    assertThat(plan.allTasks()).singleElement()
        .satisfies(t -> assertThat(t.statedDeadlines()).hasSize(140_000));
  }

  @Test
  void inputsOverTheCapAreRefused(@TempDir Path dir) throws Exception {
    PlanLoader small = PlanLoader.standard().withMaxInputSize(10);
    byte[] eleven = "一二三四".getBytes(StandardCharsets.UTF_8);   // 12 bytes
    assertThatThrownBy(() -> small.load(eleven))
        .isInstanceOfSatisfying(InputTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(10))
        .hasMessage("input is larger than the limit of 10 bytes");
    assertThatThrownBy(() -> small.load(new ByteArrayInputStream(eleven)))
        .isInstanceOf(InputTooLargeException.class);
    Path file = Files.write(dir.resolve("big.txt"), eleven);
    assertThatThrownBy(() -> small.load(file)).isInstanceOf(InputTooLargeException.class);
    assertThatThrownBy(() -> small.load("12345678901"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input is larger than the limit of 10 characters")
        .hasCauseInstanceOf(InputTooLargeException.class);
    assertThat(small.load("1234567890").allTasks()).isEmpty();
    assertThat(PlanLoader.standard().maxInputSize()).isEqualTo(32L * 1024 * 1024);
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030GiveTheirOffset() {
    byte[] bytes = {'a', 'b', 'c', (byte) 0xFF, 'd'};
    assertThatThrownBy(() -> PlanLoader.standard().load(bytes))
        .isInstanceOfSatisfying(UndecodableInputException.class, e -> assertThat(e.byteOffset()).isEqualTo(3))
        .hasMessage("input is neither UTF-8 nor GB18030: byte 0xff at offset 3");
  }

  @Test
  void missingFilesAndDirectoriesAreIoErrors(@TempDir Path dir) {
    assertThatThrownBy(() -> PlanLoader.standard().load(dir.resolve("nope.txt")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
    assertThatThrownBy(() -> PlanLoader.standard().load(dir)).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aPageCountTooLongToBeOneIsIgnored() {
    // Found by the loader fuzz test: "共[29999999999999999999999999999]页" overflowed an int.
    Plan plan = PlanLoader.standard().load("第 [1] 页 共[29999999999999999999999999999]页\n");
    assertThat(plan.page().totalPages()).isEmpty();
    assertThat(plan.lines()).singleElement().satisfies(l -> assertThat(l.role()).isEqualTo(LineRole.BOILERPLATE));
    assertThat(PlanLoader.standard().load("共[12]页\n").page().totalPages()).hasValue(12);
  }
}
