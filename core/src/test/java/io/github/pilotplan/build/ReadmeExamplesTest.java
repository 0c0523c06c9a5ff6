package io.github.pilotplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the consumer check honest: every line of the README's Java examples up to "The model"
 * (the opening example, Quick start and Questions in one line) stands in {@code
 * core/src/it/consumer/…/ReadmeExamples.java}, which the build compiles against the core alone with
 * {@code -Xlint:all -Werror}. When the README's examples change, change that file with them.
 */
class ReadmeExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  @Test
  void theConsumerCheckCompilesEveryLineOfTheReadmesJavaExamples() throws IOException {
    List<String> readme = javaLinesBeforeTheModel(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(readme).as("Java lines of the README's first sections").hasSizeGreaterThan(10);
    Set<String> consumer = Files.readAllLines(
            ROOT.resolve("core/src/it/consumer/src/main/java/consumer/ReadmeExamples.java"), StandardCharsets.UTF_8)
        .stream().map(String::strip).collect(Collectors.toSet());
    assertThat(readme).as("README lines missing from the consumer check's ReadmeExamples.java")
        .allSatisfy(line -> assertThat(consumer).contains(line));
  }

  /** The non-blank lines, stripped, of the ```java blocks before the heading "## The model". */
  static List<String> javaLinesBeforeTheModel(String readme) {
    List<String> lines = new ArrayList<>();
    boolean java = false;
    for (String line : readme.split("\n", -1)) {
      if (line.startsWith("## The model")) {
        break;
      }
      if (line.startsWith("```")) {
        java = !java && line.strip().equals("```java");
      } else if (java && !line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
