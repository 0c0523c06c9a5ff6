package io.github.pilotplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a test class would be skipped: Surefire runs only classes named {@code
 * Test*}, {@code *Test}, {@code *Tests} or {@code *TestCase}, so a class with tests under any other
 * name (the property classes were once {@code *Properties}) never runs and nobody notices. Scans the
 * test sources of every module of the build.
 */
class SurefireIncludesTest {

  /** Surefire's default includes, on the simple class name. */
  private static final Pattern INCLUDED = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

  /** The annotations of JUnit Jupiter and Jazzer that make a method a test. */
  private static final Pattern TEST_ANNOTATION = Pattern.compile(
      "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|FuzzTest|Property)\\b");

  @Test
  void everyClassWithTestsHasANameSurefireRuns() throws IOException {
    List<Path> roots = testSourceRoots();
    assertThat(roots).as("test source roots under %s", reactorRoot()).isNotEmpty();
    List<String> skipped;
    try (Stream<Path> files = roots.stream().flatMap(SurefireIncludesTest::javaFiles)) {
      skipped = files.filter(SurefireIncludesTest::hasTests)
          .filter(f -> !INCLUDED.matcher(simpleName(f)).matches())
          .map(Path::toString)
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(skipped).as("test classes whose names Surefire's includes skip").isEmpty();
  }

  @Test
  void theCheckSeesTheTestsOfEveryModule() throws IOException {
    // Guards the check itself: it must find this class and a test of the examples module.
    List<String> names;
    try (Stream<Path> files = testSourceRoots().stream().flatMap(SurefireIncludesTest::javaFiles)) {
      names = files.filter(SurefireIncludesTest::hasTests).map(SurefireIncludesTest::simpleName).toList();
    }
    assertThat(names).contains("SurefireIncludesTest", "LoaderPropertiesTest", "ExamplesTest");
    assertThat(INCLUDED.matcher("LoaderProperties").matches()).isFalse();
  }

  /** The folder of the parent POM: the module's base directory's parent. */
  private static Path reactorRoot() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    return module.getParent();
  }

  private static List<Path> testSourceRoots() throws IOException {
    try (Stream<Path> modules = Files.list(reactorRoot())) {
      return modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Stream<Path> javaFiles(Path root) {
    try {
      return Files.walk(root).filter(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasTests(Path file) {
    try {
      return TEST_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String simpleName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }
}
