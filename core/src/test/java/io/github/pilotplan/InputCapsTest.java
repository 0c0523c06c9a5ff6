package io.github.pilotplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cap on input size at its edges: the largest cap there is, and pages joined from files. */
class InputCapsTest {

  @TempDir
  Path dir;

  @Test
  void theLargestCapThereIsReadsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("plan.txt"), "1、2011年前完成调查。(责任单位:市财政局)\n");
    PlanLoader unlimited = PlanLoader.standard().withMaxInputSize(Long.MAX_VALUE);

    assertThat(unlimited.load(file).allTasks()).hasSize(1);
    assertThat(unlimited.load(Files.newInputStream(file)).allTasks()).hasSize(1);
    assertThat(unlimited.loadFiles(List.of(file, file)).allTasks()).hasSize(2);
  }

  @Test
  void filesWhoseJoinedPagesPassTheCapThrowInputTooLarge() throws Exception {
    // Two pages of 5 bytes each, no final line break: 10 bytes fit a cap of 10, but joined with the
    // line break after each page they are 12 characters.
    Path a = Files.writeString(dir.resolve("a.txt"), "abcde");
    Path b = Files.writeString(dir.resolve("b.txt"), "fghij");
    PlanLoader ten = PlanLoader.standard().withMaxInputSize(10);

    assertThatThrownBy(() -> ten.loadFiles(List.of(a, b)))
        .isInstanceOfSatisfying(InputTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(10))
        .hasMessage("input is larger than the limit of 10 characters");
  }

  @Test
  void pagesOverTheCapAreRefusedWhetherTheirCharactersOrTheJoinedTextPassIt() {
    PlanLoader ten = PlanLoader.standard().withMaxInputSize(10);
    // 11 characters in the pages themselves.
    assertThatThrownBy(() -> ten.loadPages(List.of("一、总体要求", "二、主要任")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input is larger than the limit of 10 characters")
        .hasCauseInstanceOf(InputTooLargeException.class);
    // 10 characters fit the cap, but joined with a line break after each page they are 12.
    assertThatThrownBy(() -> ten.loadPages(List.of("一、总体要求", "二、主要")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input is larger than the limit of 10 characters");
    assertThat(ten.loadPages(List.of("一、总体\n", "二、主要\n")).text()).isEqualTo("一、总体\n二、主要\n");
  }

  @Test
  void filesOverTheCapInBytesThrowInputTooLarge() throws Exception {
    Path a = Files.write(dir.resolve("a.txt"), "一二三".getBytes(StandardCharsets.UTF_8));   // 9 bytes
    PlanLoader eight = PlanLoader.standard().withMaxInputSize(8);

    assertThatThrownBy(() -> eight.loadFiles(List.of(a)))
        .isInstanceOf(InputTooLargeException.class)
        .hasMessage("input is larger than the limit of 8 bytes");
    assertThatThrownBy(() -> eight.load(new ByteArrayInputStream(new byte[9])))
        .isInstanceOf(InputTooLargeException.class);
  }

  @Test
  void noLoaderReadsMoreThanAnArrayHolds() {
    assertThat(PlanLoader.MAX_BYTES).isLessThanOrEqualTo(Integer.MAX_VALUE - 8);
  }
}
