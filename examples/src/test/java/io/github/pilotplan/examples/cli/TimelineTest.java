package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.examples.export.TaskTimeline;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code pilotplan timeline}, parsed as XML. */
class TimelineTest {

  @TempDir
  Path dir;

  @Test
  void oneRowPerTaskAndOneBarPerTaskThatFallsDue() throws Exception {
    CliRun run = CliRun.of("timeline");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Document svg = parse(run.out());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(TaskTimeline.SVG_NS);

    Plan seed = PlanLoader.seed();
    List<Element> rows = withClass(svg, "g", "task");
    assertThat(rows).hasSize(seed.allTasks().size()).hasSize(20);
    long dueInCore = seed.allTasks().stream().filter(t -> t.earliestDueYear().isPresent()).count();
    List<Element> due = rows.stream().filter(r -> r.hasAttribute("data-due")).collect(Collectors.toList());
    // By hand: all but 4(2) (从2010年开始, line 20) and (二)1 (no year, line 46).
    assertThat(due).hasSize((int) dueInCore).hasSize(18);
    assertThat(withClass(svg, "rect", "bar")).hasSize(18);
    List<Element> from = rows.stream().filter(r -> r.hasAttribute("data-from")).collect(Collectors.toList());
    assertThat(from).extracting(r -> r.getAttribute("data-path")).containsExactly("(一) › 4 › (2)");
    assertThat(from.get(0).getAttribute("data-from")).isEqualTo("2010");
    long targetsInCore = seed.allTasks().stream().mapToLong(t -> t.targets().size()).sum();
    assertThat(withClass(svg, "polygon", "target")).hasSize((int) targetsInCore);

    Map<String, Element> byPath = rows.stream()
        .collect(Collectors.toMap(r -> r.getAttribute("data-path"), Function.identity()));
    assertThat(byPath.get("(一) › 6 › (1)").getAttribute("data-due")).isEqualTo("2011-12-31");
    assertThat(byPath.get("(二) › 1 › (2)").getAttribute("data-due")).isEqualTo("2010-12-31");
    assertThat(byPath.get("(二) › 1").hasAttribute("data-due")).isFalse();
    // (二)2, line 56: 80% of urban communities by 到2010年底, 60% of rural ones by 到2012年.
    assertThat(withClass(byPath.get("(二) › 2"), "polygon", "target")).hasSize(2);
    assertThat(byPath.get("(二) › 2").getAttribute("data-due")).isEqualTo("2010-12-31");
    assertThat(byPath.get("(二) › 2").getAttribute("data-lead")).isEqualTo("市社区工作领导小组成员单位");
  }

  @Test
  void rowsAreGroupedByLeadUnitWithTheYearsAlongTheTop() throws Exception {
    Document svg = parse(CliRun.of("timeline").out());

    List<Element> groups = withClass(svg, "g", "unit");
    // Every task of the seed but (二)2 lists 市民政局 first; (二)2 lists 市社区工作领导小组成员单位.
    assertThat(groups).extracting(g -> g.getAttribute("data-unit"))
        .containsExactly("市民政局", "市社区工作领导小组成员单位");
    assertThat(withClass(groups.get(0), "g", "task")).hasSize(19);
    assertThat(withClass(groups.get(1), "g", "task")).hasSize(1);
    // The seed's years run from 2009 (4(1), (二)1(1)) to 2012.
    List<String> years = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS(TaskTimeline.SVG_NS, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element e = (Element) texts.item(i);
      if (e.hasAttribute("data-year")) {
        years.add(e.getTextContent());
      }
    }
    assertThat(years).containsExactly("2009年", "2010年", "2011年", "2012年");
    assertThat(svg.getDocumentElement().getAttribute("font-family"))
        .startsWith("'Noto Sans CJK SC'").contains("'WenQuanYi Micro Hei'").endsWith("sans-serif");
  }

  @Test
  void textThatLooksLikeMarkupIsEscaped() throws Exception {
    Path plan = Files.writeString(dir.resolve("markup.txt"),
        "(一)测试\n\n1、<script>alert(1)</script> & \"引号\"\n\n2011年前,完成<b>测试</b> & 检查。(责任单位:市财政局)\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("timeline", "--file", plan.toString());

    assertThat(run.exitCode()).isZero();
    Document svg = parse(run.out());
    assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    assertThat(svg.getElementsByTagNameNS(TaskTimeline.SVG_NS, "b").getLength()).isZero();
    List<Element> rows = withClass(svg, "g", "task");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getTextContent()).contains("<script>alert(1)</script> & \"引号\"");
    assertThat(rows.get(0).getAttribute("data-due")).isEqualTo("2011-12-31");
  }

  @Test
  void ownerAndOut() throws Exception {
    Path file = dir.resolve("timeline.svg");

    CliRun run = CliRun.of("timeline", "--owner", "财政局", "--out", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    Document svg = parse(Files.readString(file, StandardCharsets.UTF_8));
    // 16 tasks name or inherit 市财政局 (3, 5, 6 and (二)1 with their items); (二)1 has no year.
    assertThat(withClass(svg, "g", "task")).hasSize(16);
    assertThat(withClass(svg, "rect", "bar")).hasSize(15);
  }

  @Test
  void anEmptyPlanIsAnEmptyPicture() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    CliRun run = CliRun.of("timeline", "--file", empty.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(withClass(parse(run.out()), "g", "task")).isEmpty();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> withClass(Document doc, String tag, String cls) {
    return withClass(doc.getDocumentElement(), tag, cls);
  }

  private static List<Element> withClass(Element root, String tag, String cls) {
    NodeList nodes = root.getElementsByTagNameNS(TaskTimeline.SVG_NS, tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("class").equals(cls)) {
        found.add(e);
      }
    }
    return found;
  }
}
