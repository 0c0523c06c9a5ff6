package io.github.pilotplan.query;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queries over all tasks of the seed, of each real document of {@code
 * src/test/resources/corpus/} (loaded with {@link PlanLoader#standard()}) and of a corpus of those
 * documents, by name; loaded once for the tests of this package.
 */
final class RealPlans {

  private RealPlans() {}

  private static final class Holder {
    static final Map<String, TaskQuery> QUERIES = load();
  }

  /** "seed", each document's file name, then "the corpus". */
  static Map<String, TaskQuery> queries() {
    return Holder.QUERIES;
  }

  private static Map<String, TaskQuery> load() {
    Map<String, TaskQuery> queries = new LinkedHashMap<>();
    queries.put("seed", PlanLoader.seed().tasks());
    List<Plan> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(RealPlans.class.getResource("/corpus").toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Plan plan = PlanLoader.standard().load(file);
        plans.add(plan);
        queries.put(file.getFileName().toString(), plan.tasks());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (plans.size() < 20) {
      throw new IllegalStateException("expected the 26 documents of the corpus, found " + plans.size());
    }
    queries.put("the corpus", Corpus.of(plans).tasks());
    return Collections.unmodifiableMap(queries);
  }
}
