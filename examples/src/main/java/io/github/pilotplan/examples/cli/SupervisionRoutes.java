package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.examples.export.TaskTimeline;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.query.QueryParseException;
import io.github.pilotplan.query.TaskQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each path of the supervision server answers (see {@link SupervisionServer}).
 *
 * <pre>{@code
 * GET /                              the page (index.html), with /app.js and /style.css
 * GET /api/tasks?q=QUERY&on=DATE     tasks as `tasks --format json`; with on=, each also has
 *                                    "status": "overdue", "due" or "none" on DATE
 * GET /api/outline?plan=N            the section tree, as `outline --format json`
 * GET /api/units?plan=N              the unit tally, as `units --format json`
 * GET /api/plan                      {"plans": [{index, title, issuer, name, tasks, lines}], "tasks": N}
 * GET /timeline.svg?q=QUERY          the SVG timeline of those tasks
 * GET /source?plan=N                 the plan text, one anchor per line: /source#L38
 * }</pre>
 *
 * <p>A query that cannot be read is a 400 whose JSON says where: {@code {"error": message,
 * "index": 9, "expected": "…", "closest": […]}}; a bad {@code on} or {@code plan} is a 400 too.
 * With several plans, each task object also has {@code "plan"}, the index of its plan.
 */
final class SupervisionRoutes {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  /** The timeline's own {@code <style>} element is all it needs; it runs no script. */
  private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  /** What one request gets. */
  record Answer(int status, String contentType, byte[] body, String contentSecurityPolicy,
      Map<String, String> headers) {
    Answer(int status, String contentType, byte[] body) {
      this(status, contentType, body, SupervisionServer.CONTENT_SECURITY_POLICY, Map.of());
    }
  }

  /** A request that cannot be answered as asked. */
  private static final class BadRequest extends RuntimeException {
    private final transient JsonNode json;

    BadRequest(JsonNode json) {
      super(json.path("error").asText(), null, false, false);
      this.json = json;
    }
  }

  private final Corpus corpus;
  private final Map<String, Answer> files;

  SupervisionRoutes(Corpus corpus) {
    this.corpus = corpus;
    this.files = ImmutableMap.of(
        "/", resource("index.html", HTML),
        "/index.html", resource("index.html", HTML),
        "/app.js", resource("app.js", "text/javascript; charset=utf-8"),
        "/style.css", resource("style.css", "text/css; charset=utf-8"));
  }

  /** A JSON error answer: {@code {"error": message}}. */
  static Answer error(int status, String message) {
    ObjectNode node = JsonOutput.object().put("error", message);
    return json(status, node);
  }

  /** The answer to a GET of {@code rawPath} with {@code rawQuery} (null when none). */
  Answer answer(String rawPath, String rawQuery) {
    Answer file = files.get(rawPath);
    if (file != null) {
      return file;
    }
    try {
      Map<String, String> params = parameters(rawQuery);
      switch (rawPath) {
        case "/api/tasks":
          return json(200, tasks(params));
        case "/api/outline":
          return json(200, OutlineJson.of(plan(params).outline()));
        case "/api/units":
          return json(200, UnitJson.of(UnitTally.of(plan(params))));
        case "/api/plan":
          return json(200, plans());
        case "/timeline.svg":
          return new Answer(200, "image/svg+xml; charset=utf-8",
              utf8(TaskTimeline.of(corpus.plans().get(0), query(params).list())), SVG_POLICY,
              Map.of());
        case "/source":
          return new Answer(200, HTML, utf8(SourceListing.html(plan(params), planIndex(params))));
        default:
          return error(404, "no such page: " + rawPath);
      }
    } catch (BadRequest e) {
      return json(400, e.json);
    }
  }

  private JsonNode tasks(Map<String, String> params) {
    TaskQuery query = query(params);
    List<Task> tasks = query.list();
    ArrayNode array = TaskJson.of(tasks);
    Optional<LocalDate> on = date(params);
    if (on.isPresent()) {
      Set<Task> overdue = Collections.newSetFromMap(new IdentityHashMap<>());
      overdue.addAll(query.overdueOn(on.get()).list());
      for (int i = 0; i < tasks.size(); i++) {
        Task task = tasks.get(i);
        String status = overdue.contains(task) ? "overdue"
            : task.dueDate().isPresent() ? "due"
            : "none";
        ((ObjectNode) array.get(i)).put("status", status);
      }
    }
    if (corpus.plans().size() > 1) {
      for (int i = 0; i < tasks.size(); i++) {
        Optional<Plan> plan = corpus.planOf(tasks.get(i));
        ((ObjectNode) array.get(i)).put("plan",
            plan.map(p -> indexOf(p)).orElse(0));
      }
    }
    return array;
  }

  private int indexOf(Plan plan) {
    List<Plan> plans = corpus.plans();
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i) == plan) {
        return i;
      }
    }
    return 0;
  }

  private TaskQuery query(Map<String, String> params) {
    String text = params.getOrDefault("q", "").strip();
    if (text.isEmpty()) {
      return corpus.tasks();
    }
    try {
      return corpus.tasks().where(text);
    } catch (QueryParseException e) {
      ObjectNode node = JsonOutput.object();
      node.put("error", e.getMessage());
      node.put("index", e.getErrorIndex());
      node.put("expected", e.getExpected());
      node.set("closest", JsonOutput.strings(e.getClosestNames()));
      throw new BadRequest(node);
    }
  }

  private static Optional<LocalDate> date(Map<String, String> params) {
    String on = params.get("on");
    if (on == null || on.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(on.strip()));
    } catch (DateTimeParseException e) {
      throw new BadRequest(JsonOutput.object()
          .put("error", "on: not a date YYYY-MM-DD: \"" + on + "\""));
    }
  }

  private Plan plan(Map<String, String> params) {
    return corpus.plans().get(planIndex(params));
  }

  private int planIndex(Map<String, String> params) {
    String plan = params.getOrDefault("plan", "0");
    int last = corpus.plans().size() - 1;
    if (!plan.matches("[0-9]{1,9}") || Integer.parseInt(plan) > last) {
      throw new BadRequest(JsonOutput.object()
          .put("error", "plan: not a plan index 0 to " + last + ": \"" + plan + "\""));
    }
    return Integer.parseInt(plan);
  }

  private JsonNode plans() {
    ObjectNode node = JsonOutput.object();
    ArrayNode plans = node.putArray("plans");
    for (int i = 0; i < corpus.plans().size(); i++) {
      Plan plan = corpus.plans().get(i);
      ObjectNode p = plans.addObject();
      p.put("index", i);
      JsonOutput.put(p, "title", plan.title());
      JsonOutput.put(p, "issuer", plan.issuer());
      JsonOutput.put(p, "name", plan.name());
      p.put("tasks", plan.allTasks().size());
      p.put("units", plan.units().size());
      p.put("diagnostics", plan.diagnostics().size());
    }
    node.put("tasks", corpus.allTasks().size());
    return node;
  }

  /** The decoded parameters of a query string; the first of a repeated name counts. */
  private static Map<String, String> parameters(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new BadRequest(JsonOutput.object()
            .put("error", "the query string is not percent-encoded UTF-8"));
      }
    }
    return params;
  }

  private static Answer json(int status, JsonNode node) {
    try {
      return new Answer(status, JSON, MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer resource(String name, String contentType) {
    try {
      return new Answer(200, contentType,
          Resources.toByteArray(Resources.getResource(SupervisionRoutes.class, "web/" + name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
