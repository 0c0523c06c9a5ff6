package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code pilotplan serve}'s API, asked over loopback on an ephemeral port. */
class SupervisionServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  /** A task whose text is markup (see the browser test). */
  static final String XSS_PLAN = "东莞市测试工作实施方案\n一、主要任务\n"
      + "1.市财政局负责完善资金管理制度,2011年底前完成。\n"
      + "2.<script>alert(1)</script>市财政局负责,2012年底前完成。\n"
      + "3.市民政局负责建立培训制度,2012年底前完成。\n";

  private static SupervisionServer seed;
  private static SupervisionServer xss;

  @BeforeAll
  static void start() throws IOException {
    seed = SupervisionServer.start(Corpus.of(PlanLoader.seed()), loopback());
    Plan plan = PlanLoader.standard().load(XSS_PLAN);
    xss = SupervisionServer.start(Corpus.of(plan), loopback());
  }

  @AfterAll
  static void stop() {
    seed.close();
    xss.close();
  }

  static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static HttpResponse<String> get(SupervisionServer server, String pathAndQuery)
      throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static List<String> paths(JsonNode tasks) {
    List<String> paths = new ArrayList<>();
    for (JsonNode task : tasks) {
      List<String> labels = new ArrayList<>();
      task.get("path").forEach(l -> labels.add(l.asText()));
      paths.add(String.join(" ", labels));
    }
    return paths;
  }

  @Test
  void bindsToLoopbackOnAnEphemeralPort() {
    assertThat(seed.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(seed.address().getPort()).isPositive();
    assertThat(seed.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void theHeadlineQueryGivesItsFourTasks() throws Exception {
    HttpResponse<String> r = get(seed, "/api/tasks?q=" + q("owned by 市财政局 due 2011"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode tasks = MAPPER.readTree(r.body());
    assertThat(paths(tasks)).containsExactly("(一) 6", "(一) 6 (1)", "(一) 6 (2)", "(二) 1 (3)");
  }

  @Test
  void tasksAreTheObjectsOfTasksFormatJson() throws Exception {
    String query = "owned by 市财政局 due 2011";
    JsonNode served = MAPPER.readTree(get(seed, "/api/tasks?q=" + q(query)).body());
    CliRun cli = CliRun.of("tasks", "--query", query, "--format", "json");
    assertThat(cli.exitCode()).isZero();
    assertThat(served).isEqualTo(cli.json());
    // (一)6(1) as read in the seed: line 38, led by 市民政局, 2011年前.
    JsonNode task = served.get(1);
    assertThat(task.get("leadUnit").asText()).isEqualTo("市民政局");
    assertThat(task.get("source").get("line").asInt()).isEqualTo(38);
    assertThat(task.get("deadlines").get(0).get("text").asText()).isEqualTo("2011年前");
    assertThat(task.has("status")).isFalse();
  }

  @Test
  void onADateEachTaskSaysWhetherItIsOverdue() throws Exception {
    String tasks = "/api/tasks?q=" + q("owned by 市财政局 due 2011");
    // Every one of the four falls due at the end of 2011.
    JsonNode midYear = MAPPER.readTree(get(seed, tasks + "&on=2011-06-30").body());
    JsonNode nextYear = MAPPER.readTree(get(seed, tasks + "&on=2012-01-01").body());
    assertThat(midYear).hasSize(4).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("due"));
    assertThat(nextYear).hasSize(4).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("overdue"));
  }

  @Test
  void aBadQueryIsA400WithTheLocatedMessage() throws Exception {
    HttpResponse<String> r = get(seed, "/api/tasks?q=" + q("owned by 市才政局"));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode error = MAPPER.readTree(r.body());
    assertThat(error.get("index").asInt()).isEqualTo(9);
    assertThat(error.get("error").asText()).contains("市才政局").contains("index 9");
    assertThat(error.get("closest").toString()).contains("市财政局");
  }

  @Test
  void aBadDateOrPlanIsA400() throws Exception {
    assertThat(get(seed, "/api/tasks?on=2011-13-01").statusCode()).isEqualTo(400);
    assertThat(get(seed, "/api/outline?plan=1").statusCode()).isEqualTo(400);
  }

  @Test
  void outlineUnitsAndPlanAreJson() throws Exception {
    JsonNode outline = MAPPER.readTree(get(seed, "/api/outline").body());
    assertThat(outline.get(0).get("label").asText()).isEqualTo("(一)");
    assertThat(outline).isEqualTo(CliRun.of("outline", "--format", "json").json());
    JsonNode units = MAPPER.readTree(get(seed, "/api/units").body());
    assertThat(units).isEqualTo(CliRun.of("units", "--format", "json").json());
    JsonNode plan = MAPPER.readTree(get(seed, "/api/plan").body());
    assertThat(plan.get("plans")).hasSize(1);
    assertThat(plan.get("plans").get(0).get("issuer").asText()).isEqualTo("东莞市人民政府办公室");
    assertThat(plan.get("tasks").asInt()).isEqualTo(PlanLoader.seed().allTasks().size());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/style.css", "/api/tasks", "/source", "/nope")) {
      HttpResponse<String> r = get(seed, path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path).hasValue(SupervisionServer.CONTENT_SECURITY_POLICY);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
    assertThat(SupervisionServer.CONTENT_SECURITY_POLICY)
        .contains("default-src 'none'", "script-src 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void thePageLoadsItsScriptFromAFileAndHasNoInlineScript() throws Exception {
    HttpResponse<String> page = get(seed, "/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>")
        .contains("id=\"q\"").contains("/style.css");
    assertThat(page.body().replace("<script src=\"/app.js\" defer></script>", ""))
        .doesNotContain("<script");
    assertThat(get(seed, "/app.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(get(seed, "/app.js").body()).contains("textContent").doesNotContain("innerHTML");
    assertThat(get(seed, "/style.css").body())
        .contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif");
  }

  @Test
  void aKeptAliveConnectionDoesNotWaitForDelayedAcks() throws Exception {
    // Without TCP_NODELAY each answer's body waits ~40 ms for the client's delayed ACK: 50
    // requests in a row would take 2 s. With it, well under a second even on a busy machine.
    get(seed, "/api/tasks?q=" + q("owned by 市财政局 due 2011"));
    long start = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      assertThat(get(seed, "/api/tasks?q=" + q("owned by 市财政局 due 2011")).statusCode())
          .isEqualTo(200);
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
  }

  @Test
  void unknownPathsAre404() throws Exception {
    HttpResponse<String> r = get(seed, "/api/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(MAPPER.readTree(r.body()).get("error").asText()).contains("/api/nope");
    assertThat(get(seed, "/../etc/passwd").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(seed.url() + "api/tasks"))
          .method(method, HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(method).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD");
    }
    HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create(seed.url()))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aRequestBodyIsRefused() throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(seed.url() + "api/tasks"))
        .method("GET", HttpRequest.BodyPublishers.ofString("q=all")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void aLongQueryStringIs414() throws Exception {
    String longQuery = "a".repeat(SupervisionServer.MAX_QUERY_BYTES + 1);
    assertThat(get(seed, "/api/tasks?q=" + longQuery).statusCode()).isEqualTo(414);
    String justFits = "owned by 市财政局" + " ".repeat(2000);
    assertThat(("q=" + q(justFits)).length()).isLessThanOrEqualTo(SupervisionServer.MAX_QUERY_BYTES);
    assertThat(get(seed, "/api/tasks?q=" + q(justFits)).statusCode()).isEqualTo(200);
  }

  @Test
  void aMalformedRequestLineGetsNoStackTrace() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), seed.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /api/tasks?q=%zz%E5 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // The JDK server answers a request line it cannot parse itself: a 400, no stack trace.
      assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("\tat ", "java.");
    }
  }

  @Test
  void theSourcePageAnchorsEveryLineAndEscapesTheText() throws Exception {
    HttpResponse<String> r = get(xss, "/source");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"L4\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;市财政局负责")
        .doesNotContain("<script>alert(1)</script>");
    HttpResponse<String> seedSource = get(seed, "/source");
    assertThat(seedSource.body()).contains("<span class=\"line\" id=\"L38\">");
  }

  @Test
  void markupInTaskTextStaysText() throws Exception {
    JsonNode tasks = MAPPER.readTree(get(xss, "/api/tasks").body());
    assertThat(tasks.get(1).get("text").asText())
        .isEqualTo("<script>alert(1)</script>市财政局负责,2012年底前完成。");
    HttpResponse<String> svg = get(xss, "/timeline.svg");
    assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
    assertThat(svg.body()).doesNotContain("<script");
  }
}
