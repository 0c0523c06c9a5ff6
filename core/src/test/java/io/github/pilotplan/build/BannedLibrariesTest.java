package io.github.pilotplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a POM of the build names a library the project does not use: jqwik, whose
 * author asks that automated coding agents not use it (the property tests run on QuickTheories).
 * Checks the POM files themselves, and that no such class is on the test class path.
 */
class BannedLibrariesTest {

  private static final String BANNED_GROUP = "net.jqwik";

  @Test
  void noPomNamesABannedLibrary() throws IOException {
    Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    List<Path> poms;
    try (Stream<Path> modules = Files.list(root)) {
      poms = Stream.concat(Stream.of(root.resolve("pom.xml")),
              modules.map(m -> m.resolve("pom.xml")))
          .filter(Files::isRegularFile).distinct().toList();
    }
    assertThat(poms).as("POMs under %s", root).hasSizeGreaterThanOrEqualTo(3);
    for (Path pom : poms) {
      assertThat(Files.readString(pom, StandardCharsets.UTF_8)).as("%s", pom)
          .doesNotContain(BANNED_GROUP);
    }
  }

  @Test
  void noBannedClassIsOnTheTestClassPath() {
    assertThat(getClass().getClassLoader().getResource("net/jqwik/api/Property.class")).isNull();
  }
}
