package io.github.pilotplan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the loader to real plans: every document of {@code src/test/resources/corpus/} is loaded
 * with {@link PlanLoader#standard()} and compared, fact by fact, with a key written by reading the
 * text (never by running the loader).
 *
 * <pre>{@code
 * mvn -B -pl core test -Dtest=RealCorpusTest     # prints the table; writes core/target/corpus-report.md
 * }</pre>
 *
 * <h2>The corpus</h2>
 *
 * <p>Each document {@code NAME} is three files: {@code NAME.txt} (UTF-8, the verbatim text or a
 * contiguous excerpt of a public government document), {@code NAME.source.md} (where it comes
 * from: address or repository and path, issuer, number, date, whole or excerpt and which part) and
 * {@code NAME.key.json} (the facts a reader finds in it).
 *
 * <h2>The key</h2>
 *
 * <pre>{@code
 * {
 *   "document": {"title": "…", "issuer": "…", "number": "东府〔2014〕20号", "issued": "2014-01-27"},
 *   "outline":  ["一", "二"],                      // labels of the top-level sections, in order
 *   "sections": [{"path": ["二", "(一)"], "title": "…"}],   // headings, whether or not they are tasks
 *   "selection": "which tasks are keyed",          // free text, for the reader
 *   "notes": ["the reading chosen where the text is ambiguous", …],
 *   "tasks": [
 *     {"path": ["二", "(一)", "2"],                  // labels as Task.pathLabels() gives them
 *      "contains": "…",                            // optional: a fragment of the task's text, to tell
 *                                                  // apart tasks that share a path
 *      "title": "…" | null,                        // null: the task has no title
 *      "units": ["…"],                             // every unit that applies to the task (a set)
 *      "lead": "…",                                // the lead unit
 *      "supporting": ["…"],                        // the supporting (配合/参与) units (a set)
 *      "deadlines": [{"text": "2013年6月底前", "due": "2013-06-30"}],   // stated in the task's text
 *      "targets": [{"subject": "专家公寓", "value": 1000, "unit": "套"}],
 *      "places": ["天河区"]}                        // administrative divisions named in the task's
 *   ],                                             // own text, outside its unit clause (a set)
 *   "queries": [{"owner": "市财政局", "expect": [["三", "(二)", "35"]]}]
 * }
 * }</pre>
 *
 * <p>Conventions of the keys: units are named as the model should name them (the city's 市 where a
 * city plan writes it once for a list, nothing added to provincial or national names, a collective
 * such as 各区、县级市 kept whole, a closing 等 or 按职责分工负责 left out); a target's {@code value}
 * has 万 and 亿 multiplied out (1万名 is 10000 名; the model may keep them in its measure word, 800
 * 亿元 matching 80000000000 元) and its {@code subject} is the thing counted;
 * {@code places} are administrative divisions named in the task's own text outside its unit clause
 * (functional zones such as 成都高新区 are not divisions); a month or 今年 is anchored to the year the
 * document states, and a deadline the text leaves unanchored has no {@code due}.
 *
 * <p>Every field but {@code path} is optional: a field a key leaves out is not checked, a field it
 * gives states the whole truth for that task (an empty list says "none"). Keys may cover a selection
 * of a document's tasks; {@code selection} says which. All strings are compared after folding
 * (full-width ASCII to ASCII, as the model folds), so a key may write {@code (一)} or {@code （一）}.
 *
 * <h2>Facts</h2>
 *
 * <p>Each keyed value is one fact: the task is present; its title; its units (as a set); its lead;
 * its supporting units (as a set); its deadlines ({@link Task#statedDeadlines()}: every keyed one
 * is found and every stated one is keyed, a keyed text and a model text matching when one contains
 * the other, so span boundaries such as a leading 于 are not held against the loader); each
 * deadline's due day ({@link Deadline#dueDate()}, from a matching deadline); its number of targets; each target (value,
 * measure word, and a subject that contains or is contained in the model's); its places (as a set;
 * a key's {@code 天河} matches the model's {@code 天河区} and the other way round); the document's
 * title, issuer, number and issue date; the top-level outline; each keyed section's title; each query ({@code
 * plan.tasks().ownedBy(owner)} gives exactly the expected paths, repeats included). A fact whose
 * model API does not exist yet (supporting units, document number, issue date today) counts as
 * <em>not yet supported</em>: reported, neither passed nor failed. The harness finds such APIs by
 * name when they arrive ({@code Task.supportingUnits()} or {@code Task.unitsIn(SUPPORTING)}, {@code
 * Task.places()}, {@code Plan.documentNumber()}, {@code Plan.issueDate()}), so the same keys measure
 * them.
 *
 * <h2>The ratchet</h2>
 *
 * <p>{@code baseline.json} holds, per document, the number of facts the loader passed when the
 * baseline was last measured. The test fails if a document passes fewer, if a document has no key
 * or no source, if a key names a field the harness does not know, or if the baseline and the corpus
 * disagree on which documents exist. Raise a baseline when the loader gets better; never lower one
 * to make a change pass.
 */
class RealCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> TOP_FIELDS =
      Set.of("document", "outline", "sections", "selection", "notes", "tasks", "queries");
  private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "issuer", "number", "issued");
  private static final Set<String> TASK_FIELDS = Set.of("path", "contains", "title", "units", "lead",
      "supporting", "deadlines", "targets", "places");
  private static final Set<String> DEADLINE_FIELDS = Set.of("text", "due");
  private static final Set<String> TARGET_FIELDS = Set.of("subject", "value", "unit");
  private static final Set<String> QUERY_FIELDS = Set.of("owner", "expect");
  private static final Set<String> SECTION_FIELDS = Set.of("path", "title");

  private static Path corpus;
  private static List<String> names;
  private static Map<String, Result> results;

  @BeforeAll
  static void measure() throws IOException {
    corpus = corpusDirectory();
    try (Stream<Path> files = Files.list(corpus)) {
      names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .collect(Collectors.toList());
    }
    results = new LinkedHashMap<>();
    for (String name : names) {
      Path key = corpus.resolve(name + ".key.json");
      if (Files.exists(key)) {
        results.put(name, check(name, PlanLoader.standard().load(corpus.resolve(name + ".txt")),
            JSON.readTree(key.toFile())));
      }
    }
    String report = report(results, baseline());
    Path target = corpus.getParent().getParent();   // target/test-classes/corpus → target
    Path written = target.resolve("corpus-report.md");
    Files.writeString(written, report, StandardCharsets.UTF_8);
    // One line in the build log; the table and every failing fact are in the file.
    int checked = 0;
    int passed = 0;
    for (var line : report.lines().filter(l -> l.startsWith("| **all")).collect(Collectors.toList())) {
      String[] cells = line.split("\\|");
      checked = Integer.parseInt(cells[2].trim());
      passed = Integer.parseInt(cells[3].trim());
    }
    System.out.println("Real corpus: " + passed + " of " + checked + " keyed facts pass over "
        + results.size() + " documents; report in " + written);
  }

  // ---------------------------------------------------------------- the rules of the corpus

  @Test
  void theCorpusHoldsAtLeastFifteenDocuments() {
    assertThat(names).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void everyDocumentHasAKeyAndASource() {
    for (String name : names) {
      assertThat(corpus.resolve(name + ".key.json")).as("key of " + name).exists();
      assertThat(corpus.resolve(name + ".source.md")).as("source of " + name).exists();
    }
  }

  @Test
  void everyKeyNamesOnlyFactsTheHarnessKnows() throws IOException {
    for (String name : names) {
      Path key = corpus.resolve(name + ".key.json");
      if (Files.exists(key)) {
        assertThat(unknownFields(JSON.readTree(key.toFile()))).as("unknown fields in " + name)
            .isEmpty();
      }
    }
  }

  @Test
  void noDocumentPassesFewerFactsThanItsBaseline() throws IOException {
    Map<String, Integer> baseline = baseline();
    assertThat(baseline.keySet()).as("documents in baseline.json")
        .containsExactlyInAnyOrderElementsOf(names);
    List<String> regressions = new ArrayList<>();
    results.forEach((name, r) -> {
      int floor = baseline.getOrDefault(name, 0);
      if (r.passed() < floor) {
        regressions.add(name + ": " + r.passed() + " facts passed, baseline " + floor
            + "; failing now: " + r.failures());
      }
    });
    assertThat(regressions).as("documents below their baseline").isEmpty();
  }

  // ---------------------------------------------------------------- facts the loader already gets

  @Test
  void guangzhouLeadClauseWithCommasGivesTheLeadAndFindsADistrictAsUnit() {
    assertPassed("guangzhou-talent-2012", "二 › (一) › 2: lead");
    assertPassed("guangzhou-talent-2012", "query ownedBy(越秀区)");
    assertPassed("guangzhou-talent-2012", "query ownedBy(市财政局)");
  }

  @Test
  void dongguanTwoLeadsAndACollectiveClause() {
    assertPassed("dongguan-pan-prd-2017", "一 › (一): lead");
    assertPassed("dongguan-pan-prd-2017", "query ownedBy(市委政研室)");
  }

  @Test
  void deadlinesGetTheirDueDays() {
    assertPassed("chengdu-community-services-2024", "一: deadline 到2025年底前 due");
    assertPassed("shandong-budget-2014", "一 › 2: deadline 2016年 due");
    assertPassed("kaifeng-manufacturing-2020", "一 › (二): deadline 到2025年 due");
    assertPassed("liupanshui-new-infrastructure-2022", "一: deadline 到2024年 due");
  }

  @Test
  void yearsInsideDocumentNamesAreNoDeadlines() {
    assertPassed("dongguan-shuixiang-plan-2014", "一: deadlines");          // (2013-2030年) in 《…》
  }

  @Test
  void addresseeLinesMakeNoUnits() {
    assertPassed("lhasa-zero-waste-2024", "query ownedBy(市财政局)");
    assertPassed("guangzhou-community-orgs-2008", "query ownedBy(市法制办)");
  }

  @Test
  void titlesOfDocumentsAndItems() {
    assertPassed("dongguan-shuixiang-plan-2014", "document: title");
    assertPassed("state-council-culture-2018", "一 › (二): title");
    assertPassed("dongguan-minzheng-pilot-2009", "二 › (二): title");
  }

  // ---------------------------------------------------------------- the harness itself

  @Test
  void aKeyWithAnUnknownFieldIsRefused() throws IOException {
    JsonNode key = JSON.readTree("{\"tasks\": [{\"path\": [\"一\"], \"owner\": \"市财政局\","
        + " \"deadlines\": [{\"text\": \"2012年前\", \"year\": 2012}]}], \"extra\": 1}");
    assertThat(unknownFields(key)).containsExactlyInAnyOrder("extra", "tasks[].owner",
        "deadlines[].year");
  }

  @Test
  void placesMatchWithOrWithoutTheirLevel() {
    assertThat(samePlace("天河区", "天河区")).isTrue();
    assertThat(samePlace("丹寨", "丹寨县")).isTrue();
    assertThat(samePlace("广州", "广州市")).isTrue();
    assertThat(samePlace("天河区", "越秀区")).isFalse();
  }

  @Test
  void amountsMatchWhateverMultiplierTheirMeasureWordCarries() {
    assertThat(sameAmount(new BigDecimal("80000000000"), "元", new BigDecimal("800"), "亿元")).isTrue();
    assertThat(sameAmount(new BigDecimal("10000"), "名", new BigDecimal("1"), "万名")).isTrue();
    assertThat(sameAmount(new BigDecimal("10000"), "名", new BigDecimal("10000"), "个")).isFalse();
    assertThat(sameAmount(new BigDecimal("12"), "", new BigDecimal("12"), "平方米")).isTrue();
  }

  @Test
  void deadlineTextsMatchWhenOneContainsTheOther() {
    assertThat(overlaps("2019年1月15日前", "于2019年1月15日前")).isTrue();
    assertThat(overlaps("从2015年起,用3年时间,到2017年", "到2017年")).isTrue();
    assertThat(overlaps("2016年", "2015年")).isFalse();
    assertThat(overlaps("2016年", "")).isFalse();
  }

  private static void assertPassed(String document, String fact) {
    Result r = results.get(document);
    assertThat(r).as(document).isNotNull();
    assertThat(r.outcomes).as(document + " facts").containsKey(fact);
    assertThat(r.outcomes.get(fact)).as(document + ": " + fact).isEqualTo(Outcome.PASSED);
  }

  // ---------------------------------------------------------------- checking a key

  enum Outcome { PASSED, FAILED, UNSUPPORTED }

  /** The outcome of every fact of one document, in key order, with what was found when it failed. */
  static final class Result {
    final String name;
    final int diagnostics;
    final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    final Map<String, String> found = new LinkedHashMap<>();

    Result(String name, int diagnostics) {
      this.name = name;
      this.diagnostics = diagnostics;
    }

    void fact(String label, Supplier<Optional<String>> check) {
      Optional<String> failure;
      try {
        failure = check.get();
      } catch (Unsupported e) {
        outcomes.put(label, Outcome.UNSUPPORTED);
        return;
      } catch (RuntimeException e) {
        failure = Optional.of(e.getMessage() != null && e instanceof IllegalStateException
            ? e.getMessage() : "threw " + e);
      }
      outcomes.put(label, failure.isPresent() ? Outcome.FAILED : Outcome.PASSED);
      failure.ifPresent(f -> found.put(label, f));
    }

    int count(Outcome o) {
      return (int) outcomes.values().stream().filter(o::equals).count();
    }

    int passed() {
      return count(Outcome.PASSED);
    }

    int checked() {
      return count(Outcome.PASSED) + count(Outcome.FAILED);
    }

    String failures() {
      return found.toString();
    }
  }

  /** Thrown by a check whose model API does not exist yet. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  static Result check(String name, Plan plan, JsonNode key) {
    Result r = new Result(name, plan.diagnostics().size());
    JsonNode doc = key.path("document");
    if (doc.has("title")) {
      r.fact("document: title", () -> same(fold(doc.get("title").asText()),
          plan.title().map(RealCorpusTest::fold).orElse("")));
    }
    if (doc.has("issuer")) {
      r.fact("document: issuer", () -> same(fold(doc.get("issuer").asText()),
          plan.issuer().map(RealCorpusTest::fold).orElse("")));
    }
    if (doc.has("number")) {
      r.fact("document: number", () -> same(fold(doc.get("number").asText()),
          fold(text(probe(plan, "documentNumber", "number", "docNumber")))));
    }
    if (doc.has("issued")) {
      r.fact("document: issued", () -> same(doc.get("issued").asText(),
          text(probe(plan, "issueDate", "issued", "dateIssued", "issuedOn"))));
    }
    if (key.has("outline")) {
      List<String> expected = strings(key.get("outline"));
      r.fact("outline", () -> same(expected, plan.outline().stream()
          .map(s -> fold(s.label().text())).collect(Collectors.toList())));
    }
    for (JsonNode sec : key.path("sections")) {
      List<String> path = strings(sec.get("path"));
      String expected = sec.get("title").isNull() ? "(none)" : fold(sec.get("title").asText());
      r.fact("section " + pathText(path) + ": title", () -> {
        Optional<Section> found = plan.sections()
            .filter(x -> x.pathLabels().stream().map(RealCorpusTest::fold)
                .collect(Collectors.toList()).equals(path))
            .findFirst();
        return found.isEmpty() ? Optional.of("no section at " + pathText(path))
            : same(expected, found.get().title().map(RealCorpusTest::fold).orElse("(none)"));
      });
    }
    for (JsonNode t : key.path("tasks")) {
      checkTask(r, plan, t);
    }
    for (JsonNode q : key.path("queries")) {
      String owner = q.get("owner").asText();
      List<String> expected = new ArrayList<>();
      for (JsonNode p : q.get("expect")) {
        expected.add(pathText(strings(p)));
      }
      expected.sort(null);
      r.fact("query ownedBy(" + owner + ")", () -> {
        List<String> actual = plan.tasks().ownedBy(owner).list().stream()
            .map(task -> pathText(task.pathLabels())).sorted().collect(Collectors.toList());
        return same(expected, actual);
      });
    }
    return r;
  }

  private static void checkTask(Result r, Plan plan, JsonNode t) {
    List<String> path = strings(t.get("path"));
    Optional<String> contains = t.has("contains") ? Optional.of(fold(t.get("contains").asText()))
        : Optional.empty();
    String label = pathText(path) + contains.map(c -> " [" + c + "]").orElse("");
    Optional<Task> found = plan.allTasks().stream()
        .filter(task -> task.pathLabels().stream().map(RealCorpusTest::fold)
            .collect(Collectors.toList()).equals(path))
        .filter(task -> contains.isEmpty() || fold(task.text()).contains(contains.get()))
        .findFirst();
    Supplier<Task> task = () -> found.orElseThrow(() -> new IllegalStateException("no such task"));
    r.fact(label + ": present", () -> found.isPresent() ? Optional.empty()
        : Optional.of("no task at " + pathText(path)));
    if (t.has("title")) {
      Optional<String> expected = t.get("title").isNull() ? Optional.empty()
          : Optional.of(fold(t.get("title").asText()));
      r.fact(label + ": title", () -> same(expected.orElse("(none)"),
          task.get().title().map(RealCorpusTest::fold).orElse("(none)")));
    }
    if (t.has("units")) {
      Set<String> expected = foldedSet(t.get("units"));
      r.fact(label + ": units", () -> same(expected, names(task.get().effectiveUnits())));
    }
    if (t.has("lead")) {
      String expected = fold(t.get("lead").asText());
      r.fact(label + ": lead", () -> same(expected,
          task.get().leadUnit().map(u -> fold(u.name())).orElse("(none)")));
    }
    if (t.has("supporting")) {
      Set<String> expected = foldedSet(t.get("supporting"));
      r.fact(label + ": supporting", () -> same(expected, names(supporting(task.get()))));
    }
    if (t.has("deadlines")) {
      Set<String> expected = new TreeSet<>();
      t.get("deadlines").forEach(d -> expected.add(fold(d.get("text").asText())));
      r.fact(label + ": deadlines", () -> {
        Set<String> actual = task.get().statedDeadlines().stream().map(d -> fold(d.text()))
            .collect(Collectors.toCollection(TreeSet::new));
        boolean ok = expected.stream().allMatch(e -> actual.stream().anyMatch(a -> overlaps(e, a)))
            && actual.stream().allMatch(a -> expected.stream().anyMatch(e -> overlaps(e, a)));
        return ok ? Optional.empty() : Optional.of("expected " + expected + ", found " + actual);
      });
      for (JsonNode d : t.get("deadlines")) {
        if (d.has("due")) {
          String text = fold(d.get("text").asText());
          LocalDate due = LocalDate.parse(d.get("due").asText());
          r.fact(label + ": deadline " + text + " due", () -> {
            List<Deadline> matches = task.get().statedDeadlines().stream()
                .filter(x -> overlaps(text, fold(x.text()))).collect(Collectors.toList());
            if (matches.isEmpty()) {
              return Optional.of("no deadline " + text);
            }
            return matches.stream().anyMatch(x -> x.dueDate().equals(Optional.of(due)))
                ? Optional.empty()
                : Optional.of("expected " + due + ", found " + matches.stream()
                    .map(x -> x.text() + "=" + x.dueDate().map(LocalDate::toString).orElse("(none)"))
                    .collect(Collectors.toList()));
          });
        }
      }
    }
    if (t.has("targets")) {
      int expected = t.get("targets").size();
      r.fact(label + ": target count", () -> same(expected, task.get().targets().size()));
      for (JsonNode g : t.get("targets")) {
        BigDecimal value = g.get("value").decimalValue();
        String unit = fold(g.path("unit").asText(""));
        String subject = fold(g.path("subject").asText(""));
        r.fact(label + ": target " + value.toPlainString() + unit + " " + subject, () -> {
          List<Target> all = task.get().targets();
          boolean ok = all.stream().anyMatch(x -> sameAmount(value, unit, x.value(), fold(x.unit()))
              && (subject.isEmpty() || fold(x.subject()).contains(subject)
                  || (!x.subject().isEmpty() && subject.contains(fold(x.subject())))));
          return ok ? Optional.empty() : Optional.of("targets " + all.stream()
              .map(x -> x.value().toPlainString() + x.unit() + " " + x.subject())
              .collect(Collectors.toList()));
        });
      }
    }
    if (t.has("places")) {
      Set<String> expected = foldedSet(t.get("places"));
      r.fact(label + ": places", () -> {
        Set<String> actual = places(task.get());
        boolean ok = expected.size() == actual.size()
            && expected.stream().allMatch(e -> actual.stream().anyMatch(a -> samePlace(e, a)));
        return ok ? Optional.empty() : Optional.of("expected " + expected + ", found " + actual);
      });
    }
  }

  /**
   * The task's supporting units: {@code Task.supportingUnits()}, or {@code Task.unitsIn(role)} with a
   * role enum's {@code SUPPORTING} constant, whichever the model has.
   */
  private static Collection<?> supporting(Task task) {
    try {
      return collection(probe(task, "supportingUnits", "supporting"));
    } catch (Unsupported e) {
      for (Method m : Task.class.getMethods()) {
        Class<?>[] params = m.getParameterTypes();
        if (m.getName().equals("unitsIn") && params.length == 1 && params[0].isEnum()) {
          for (Object constant : params[0].getEnumConstants()) {
            if (((Enum<?>) constant).name().equals("SUPPORTING")) {
              try {
                return collection(m.invoke(task, constant));
              } catch (IllegalAccessException | InvocationTargetException x) {
                throw new IllegalStateException("unitsIn(SUPPORTING) failed", x);
              }
            }
          }
        }
      }
      throw e;
    }
  }

  /**
   * A keyed deadline and a model deadline name the same time when one text contains the other:
   * where a span starts or ends (a leading 于, a range read as one deadline or as its two ends) is
   * not held against the loader; the due day is checked on its own.
   */
  static boolean overlaps(String keyed, String modelled) {
    return !modelled.isEmpty() && (keyed.contains(modelled) || modelled.contains(keyed));
  }

  /**
   * 800 亿元 and 80000000000 元 are the same amount: a leading 万 or 亿 of a measure word is a
   * multiplier. An empty keyed measure word matches any.
   */
  static boolean sameAmount(BigDecimal keyed, String keyedUnit, BigDecimal value, String unit) {
    if (keyedUnit.isEmpty()) {
      return keyed.compareTo(value) == 0;
    }
    BigDecimal[] a = scaled(keyed, keyedUnit);
    BigDecimal[] b = scaled(value, unit);
    return a[0].compareTo(b[0]) == 0 && keyedUnit.substring(a[1].intValue()).equals(
        unit.substring(b[1].intValue()));
  }

  /** The value with a leading 万 / 亿 of the unit multiplied in, and how many characters that took. */
  private static BigDecimal[] scaled(BigDecimal value, String unit) {
    if (unit.length() > 1 && unit.charAt(0) == '万') {
      return new BigDecimal[] {value.multiply(BigDecimal.valueOf(10_000)), BigDecimal.ONE};
    }
    if (unit.length() > 1 && unit.charAt(0) == '亿') {
      return new BigDecimal[] {value.multiply(BigDecimal.valueOf(100_000_000)), BigDecimal.ONE};
    }
    return new BigDecimal[] {value, BigDecimal.ZERO};
  }

  /** Places the task names: {@code Task.places()} when the model has it, else its Dongguan towns. */
  private static Set<String> places(Task task) {
    Object places;
    try {
      places = probe(task, "places");
    } catch (Unsupported e) {
      return task.towns().stream().map(Town::name).map(RealCorpusTest::fold)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    return names(collection(places));
  }

  /** 天河 and 天河区 name the same place: equal, or one is the other plus a level suffix. */
  static boolean samePlace(String a, String b) {
    return a.equals(b) || stripLevel(a).equals(stripLevel(b));
  }

  private static String stripLevel(String name) {
    for (String suffix : List.of("街道", "省", "市", "区", "县", "镇", "乡")) {
      if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  // ---------------------------------------------------------------- reflection for APIs to come

  /** Calls the first of the named no-argument public methods the object has, unwrapping Optional. */
  static Object probe(Object target, String... methodNames) {
    for (String m : methodNames) {
      Optional<Method> method = publicMethod(target.getClass(), m);
      if (method.isEmpty()) {
        continue;
      }
      try {
        Object value = method.get().invoke(target);
        return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(m + "() not accessible", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(m + "() threw " + e.getCause(), e.getCause());
      }
    }
    throw new Unsupported(target.getClass().getSimpleName() + "." + String.join("|", methodNames));
  }

  /** The named no-argument method as a public class declares it (generated subclasses may not be). */
  private static Optional<Method> publicMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        try {
          return Optional.of(c.getMethod(name));
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  private static Collection<?> collection(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection) {
      return (Collection<?>) value;
    }
    throw new IllegalStateException("not a collection: " + value);
  }

  /** The names of units, places or strings: {@code name()} where an element has it. */
  private static Set<String> names(Collection<?> elements) {
    Set<String> out = new TreeSet<>();
    for (Object e : elements) {
      if (e instanceof Unit) {
        out.add(fold(((Unit) e).name()));
      } else if (e instanceof CharSequence) {
        out.add(fold(e.toString()));
      } else {
        out.add(fold(text(probe(e, "name", "unit"))));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- small helpers

  /** Full-width ASCII to ASCII and the ideographic space to a space, as the model folds. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        b.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString().trim();
  }

  private static Optional<String> same(Object expected, Object actual) {
    return expected.equals(actual) ? Optional.empty()
        : Optional.of("expected " + expected + ", found " + actual);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(fold(n.asText())));
    return out;
  }

  private static Set<String> foldedSet(JsonNode array) {
    return new TreeSet<>(strings(array));
  }

  private static String pathText(List<String> labels) {
    return labels.stream().map(RealCorpusTest::fold).collect(Collectors.joining(" › "));
  }

  static List<String> unknownFields(JsonNode key) {
    List<String> unknown = new ArrayList<>();
    unknown(key, TOP_FIELDS, "", unknown);
    unknown(key.path("document"), DOCUMENT_FIELDS, "document.", unknown);
    for (JsonNode t : key.path("tasks")) {
      unknown(t, TASK_FIELDS, "tasks[].", unknown);
      if (!t.has("path")) {
        unknown.add("tasks[] without path");
      }
      t.path("deadlines").forEach(d -> unknown(d, DEADLINE_FIELDS, "deadlines[].", unknown));
      t.path("targets").forEach(g -> unknown(g, TARGET_FIELDS, "targets[].", unknown));
    }
    key.path("queries").forEach(q -> unknown(q, QUERY_FIELDS, "queries[].", unknown));
    key.path("sections").forEach(x -> unknown(x, SECTION_FIELDS, "sections[].", unknown));
    return unknown;
  }

  private static void unknown(JsonNode node, Set<String> known, String prefix, List<String> out) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        out.add(prefix + f);
      }
    }
  }

  static Map<String, Integer> baseline() throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    JsonNode b = JSON.readTree(corpus.resolve("baseline.json").toFile()).path("minimumPassed");
    b.properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  private static Path corpusDirectory() {
    try {
      return Path.of(RealCorpusTest.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- the report

  static String report(Map<String, Result> results, Map<String, Integer> baseline) {
    StringBuilder b = new StringBuilder();
    b.append("# Real-corpus report\n\n");
    b.append("| document | facts checked | passed | pass rate | not yet supported | diagnostics | baseline |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    int checked = 0;
    int passed = 0;
    int unsupported = 0;
    int diagnostics = 0;
    for (Result r : results.values()) {
      b.append("| ").append(r.name).append(" | ").append(r.checked()).append(" | ")
          .append(r.passed()).append(" | ").append(rate(r.passed(), r.checked())).append(" | ")
          .append(r.count(Outcome.UNSUPPORTED)).append(" | ").append(r.diagnostics).append(" | ")
          .append(baseline.getOrDefault(r.name, 0)).append(" |\n");
      checked += r.checked();
      passed += r.passed();
      unsupported += r.count(Outcome.UNSUPPORTED);
      diagnostics += r.diagnostics;
    }
    b.append("| **all ").append(results.size()).append("** | ").append(checked).append(" | ")
        .append(passed).append(" | ").append(rate(passed, checked)).append(" | ")
        .append(unsupported).append(" | ").append(diagnostics).append(" | |\n\n");
    b.append("## Failing facts\n\n");
    for (Result r : results.values()) {
      if (r.found.isEmpty()) {
        continue;
      }
      b.append("### ").append(r.name).append("\n\n");
      r.found.forEach((fact, why) -> b.append("- ").append(fact).append(" — ").append(why)
          .append('\n'));
      b.append('\n');
    }
    b.append("## Not yet supported\n\n");
    for (Result r : results.values()) {
      List<String> u = r.outcomes.entrySet().stream()
          .filter(e -> e.getValue() == Outcome.UNSUPPORTED).map(Map.Entry::getKey)
          .collect(Collectors.toList());
      if (!u.isEmpty()) {
        b.append("- ").append(r.name).append(": ").append(u.size()).append(" (")
            .append(u.stream().map(s -> s.replaceAll(".*: ", "")).distinct()
                .collect(Collectors.joining(", "))).append(")\n");
      }
    }
    return b.toString();
  }

  private static String rate(int passed, int checked) {
    return checked == 0 ? "–" : Math.round(100.0 * passed / checked) + " %";
  }
}
