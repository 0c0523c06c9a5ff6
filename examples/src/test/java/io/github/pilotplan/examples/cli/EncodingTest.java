package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pilotplan.PlanLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed page saved as GB18030, or as UTF-8 with a byte-order mark, reads as the seed does. */
class EncodingTest {

  @TempDir
  Path dir;

  private final String seed = PlanLoader.seed().text();

  @Test
  void gb18030SeedGivesTheSameTasksAsTheUtf8Seed() throws Exception {
    byte[] gb = seed.getBytes(Charset.forName("GB18030"));
    assertThat(gb).isNotEqualTo(seed.getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("seed-gb18030.txt"), gb);

    assertSameTasksAsSeed(file);
  }

  @Test
  void utf8WithByteOrderMarkGivesTheSameTasks() throws Exception {
    Path file = Files.writeString(dir.resolve("seed-bom.txt"), "\uFEFF" + seed, StandardCharsets.UTF_8);

    assertSameTasksAsSeed(file);
  }

  private static void assertSameTasksAsSeed(Path file) {
    CliRun fromFile = CliRun.of("tasks", "--file", file.toString(), "--format", "json");
    JsonNode expected = CliRun.of("tasks", "--format", "json").json();

    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.err()).isEmpty();
    assertThat(fromFile.json()).hasSize(20).isEqualTo(expected);
  }
}
