package io.github.pilotplan.examples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Table;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The real files of {@code src/test/resources/files} (see each {@code .source.md}: which are
 * verbatim, which were made with LibreOffice from real text) against their keys, written by reading
 * them.
 */
class PlanFilesTest {

  static final Path FILES = Path.of("src/test/resources/files");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void formatsAreToldFromTheBytes() throws IOException {
    assertThat(FileFormat.of(bytes("guangzhou-talent-2012.html"))).isEqualTo(FileFormat.HTML);
    assertThat(FileFormat.of(bytes("guangzhou-talent-2012-table.html"))).isEqualTo(FileFormat.HTML);
    assertThat(FileFormat.of(bytes("guangzhou-talent-2012-table.docx"))).isEqualTo(FileFormat.DOCX);
    assertThat(FileFormat.of(bytes("guangzhou-talent-2012-table.pdf"))).isEqualTo(FileFormat.PDF);
    assertThat(FileFormat.of("一、总体目标\n1.目标。".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.TEXT);
    assertThat(FileFormat.of("(一)<p>不是标签".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.TEXT);
    assertThat(FileFormat.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1})).isEqualTo(FileFormat.DOC);
    // A zip that is no Word file is not taken for one; nor is a name: a PDF named .txt is a PDF.
    assertThat(FileFormat.of(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(FileFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"guangzhou-talent-2012.html", "guangzhou-talent-2012.pdf"})
  void theVerbatimPageAndItsPdfAgainstTheirKey(String file) throws IOException {
    check(PlanFiles.load(FILES.resolve(file)), key("guangzhou-talent-2012.key.json"), false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"guangzhou-talent-2012-table.html", "guangzhou-talent-2012-table.docx",
      "guangzhou-talent-2012-table.pdf"})
  void theTaskTableInEachFormatAgainstItsKey(String file) throws IOException {
    Plan plan = PlanFiles.load(FILES.resolve(file));
    check(plan, key("guangzhou-talent-2012-table.key.json"), file.endsWith(".pdf"));
    // Every task is a row of the table, and says so.
    assertThat(plan.allTasks()).hasSize(9).allMatch(t -> t.unitSource().isPresent());
    assertThat(plan.title()).hasValue("关于推进人才集聚工程的实施意见");
    assertThat(plan.section("(一)").flatMap(s -> s.title())).hasValue("产业提升人才行动计划");
    assertThat(plan.diagnostics()).isEmpty();
    Task five = plan.task("(一)", "5").orElseThrow();
    assertThat(five.text()).startsWith("5年内市、区(县级市)两级重点评选资助200名技能突出人才")
        .endsWith("对技能大师工作室技艺传承人在聘期内给予岗位津贴。");
  }

  @Test
  void theDocxTableKeepsItsMergedCell() throws IOException {
    Document doc = DocxDocuments.read(bytes("guangzhou-talent-2012-table.docx"));
    Table table = (Table) doc.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    // Row 7 (the eighth row: header, group, 2-7) holds 市人力资源和社会保障局 over two rows.
    assertThat(table.rows().get(7).cells().get(3).text()).isEqualTo("市人力资源和社会保障局");
    assertThat(table.rows().get(7).cells().get(3).rowSpan()).isEqualTo(2);
    assertThat(table.rows().get(1).cells()).hasSize(1);
    assertThat(table.rows().get(1).cells().get(0).colSpan()).isEqualTo(5);
  }

  @Test
  void wordsAutomaticNumberingIsRenderedAsTheLabels() throws IOException {
    Document doc = DocxDocuments.read(bytes("guangzhou-talent-2012-numbered.docx"));
    List<String> lines = doc.blocks().stream().map(Block::toString).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("1.目标。2012年起5年内");
    assertThat(lines.get(1)).startsWith("2.战略性主导产业紧缺人才开发项目。");
    assertThat(lines.get(2)).startsWith("3.羊城企业家培养项目。");
    Plan plan = PlanFiles.load(FILES.resolve("guangzhou-talent-2012-numbered.docx"));
    assertThat(plan.task("2").orElseThrow().leadUnit()).hasValue(Unit.of("市发展改革委"));
    assertThat(plan.task("3").orElseThrow().leadUnit()).hasValue(Unit.of("市委组织部"));
  }

  @Test
  void pdfParagraphsBrokenByTheLayoutAreJoined() throws IOException {
    Document doc = PdfDocuments.read(bytes("guangzhou-talent-2012.pdf"));
    Document html = HtmlDocuments.read(bytes("guangzhou-talent-2012.html"));
    // The same paragraphs as the page: every item one line, its clause included.
    assertThat(doc.blocks()).hasSameSizeAs(html.blocks());
    String two = doc.blocks().get(5).toString();
    assertThat(two).startsWith("2.战略性主导产业紧缺人才开发项目。").endsWith("各区、县级市）");
    assertThat(two).isEqualTo(html.blocks().get(5).toString().strip());
  }

  @Test
  void htmlNavigationScriptsAndStylesAreLeftOut() {
    // Made by hand for this test: a page shell around two real items of the Guangzhou document.
    String page = "<html><head><title>t</title><style>p{color:red}</style><script>var a='一、假';</script></head>"
        + "<body><nav>首页 &gt; 政务公开</nav><div class='breadcrumb'>当前位置:首页</div>"
        + "<div id='zoom'><p>一、总体目标</p><p>1.目标。2012年起5年内,大力实施六大人才行动计划。<br>"
        + "(牵头单位:市委组织部)</p>"
        + "<table><tr><td rowspan='2'>序号</td><td colspan='2'>单位</td></tr><tr><td>牵头</td><td>配合</td></tr></table>"
        + "<script>document.write('二、假')</script></div><footer>版权所有</footer></body></html>";
    Document doc = HtmlDocuments.read(page);
    List<String> paragraphs = doc.blocks().stream().filter(b -> b instanceof Paragraph).map(Block::toString).toList();
    assertThat(paragraphs).containsExactly("一、总体目标", "1.目标。2012年起5年内,大力实施六大人才行动计划。",
        "(牵头单位:市委组织部)");
    Table t = (Table) doc.blocks().get(3);
    assertThat(t.rows().get(0).cells().get(0).rowSpan()).isEqualTo(2);
    assertThat(t.rows().get(0).cells().get(1).colSpan()).isEqualTo(2);
  }

  @Test
  void unreadableFilesSayWhy() throws IOException {
    Path dir = Files.createTempDirectory("pilotplan-files");
    Path pdf = Files.writeString(dir.resolve("plan.txt"), "%PDF-1.7\nnot really a pdf");
    assertThatThrownBy(() -> PlanFiles.load(pdf)).isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("not a readable PDF").hasMessageNotContaining("\n");
    Path doc = Files.write(dir.resolve("plan.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertThatThrownBy(() -> PlanFiles.load(doc)).isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining(".doc");
  }

  /**
   * Checks a plan against a key. A path the key lists under {@code misses} (for every format, or
   * for PDF) is a known miss of the loader: the test accepts it found or not, and everything else
   * exactly.
   */
  private static void check(Plan plan, JsonNode key, boolean pdf) {
    Set<List<String>> leadMisses = misses(key, pdf, "lead", null);
    for (JsonNode t : key.get("tasks")) {
      List<String> path = strings(t.get("path"));
      Task task = plan.task(path.toArray(String[]::new)).orElseThrow(() -> new AssertionError("no task " + path));
      assertThat(task.title()).as("title of %s", path).hasValue(t.get("title").asText());
      if (t.has("lead") && !leadMisses.contains(path)) {
        assertThat(task.leadUnit()).as("lead of %s", path).hasValue(Unit.of(t.get("lead").asText()));
      }
    }
    key.get("ownedBy").fields().forEachRemaining(e -> {
      List<List<String>> all = new ArrayList<>();
      e.getValue().forEach(p -> all.add(strings(p)));
      Set<List<String>> misses = misses(key, pdf, "ownedBy", e.getKey());
      List<List<String>> actual = plan.tasks().ownedBy(e.getKey()).list().stream()
          .map(t -> (List<String>) t.pathLabels()).collect(Collectors.toList());
      assertThat(actual).as("owned by %s", e.getKey()).isSubsetOf(all)
          .containsAll(all.stream().filter(p -> !misses.contains(p)).toList());
    });
  }

  private static Set<List<String>> misses(JsonNode key, boolean pdf, String what, String unit) {
    Set<List<String>> out = new java.util.HashSet<>();
    for (String scope : pdf ? List.of("all", "pdf") : List.of("all")) {
      JsonNode node = key.path("misses").path(scope).path(what);
      if (unit != null) {
        node = node.path(unit);
      }
      out.addAll(paths(node));
    }
    return out;
  }

  private static Set<List<String>> paths(JsonNode array) {
    Set<List<String>> out = new java.util.HashSet<>();
    array.forEach(p -> out.add(strings(p)));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode key(String name) throws IOException {
    return JSON.readTree(FILES.resolve(name).toFile());
  }

  static byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(FILES.resolve(name));
  }

  @Test
  void aPageWithoutACharsetMayBeGb18030() throws IOException {
    // The verbatim page declares no charset; the same characters in GB18030 read the same.
    String html = new String(bytes("guangzhou-talent-2012.html"), StandardCharsets.UTF_8);
    Document utf8 = HtmlDocuments.read(html.getBytes(StandardCharsets.UTF_8));
    Document gb = HtmlDocuments.read(html.getBytes(java.nio.charset.Charset.forName("GB18030")));
    assertThat(gb).isEqualTo(utf8);
    assertThat(utf8.blocks().get(1).toString()).isEqualTo("一、总体目标");
  }
}
