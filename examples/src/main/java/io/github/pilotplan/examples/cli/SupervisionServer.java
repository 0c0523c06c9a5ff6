package io.github.pilotplan.examples.cli;

import com.google.common.base.Preconditions;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.pilotplan.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The supervision (督查督办) page of {@code pilotplan serve}: the JDK's own HTTP server over a
 * corpus of plans, read-only, serving the page, its script and style, and a JSON API.
 *
 * <pre>{@code
 * try (SupervisionServer server = SupervisionServer.start(Corpus.of(PlanLoader.seed()),
 *     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
 *   URI page = server.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 *
 * <p>Every response carries a strict Content-Security-Policy (scripts, styles and images from
 * the server itself only; no inline script), {@code X-Content-Type-Options: nosniff}, {@code
 * Referrer-Policy: no-referrer} and {@code Cache-Control: no-store}. Only GET and HEAD are
 * answered (405 otherwise); a request with a body is refused (413), a query string longer than
 * {@value #MAX_QUERY_BYTES} bytes too (414); an unknown path is 404. See {@link SupervisionRoutes}
 * for what each path answers.
 */
public final class SupervisionServer implements AutoCloseable {

  /** The longest query string answered, in bytes as sent (percent-encoded). */
  public static final int MAX_QUERY_BYTES = 2048;

  /** The Content-Security-Policy of every page and answer. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /** The threads that answer requests. */
  private static final int THREADS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

  static {
    // The JDK's server writes an answer's headers and its body in two segments; with Nagle's
    // algorithm on, the body waits for the client's delayed ACK (about 40 ms on Linux) on every
    // request of a kept-alive connection. TCP_NODELAY on its sockets, unless the user said
    // otherwise; read once, when the JDK's server first loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private SupervisionServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving {@code corpus} at {@code address} (port 0 picks a free port).
   *
   * @throws IOException if the address cannot be bound (e.g. the port is taken)
   */
  public static SupervisionServer start(Corpus corpus, InetSocketAddress address)
      throws IOException {
    Preconditions.checkNotNull(corpus, "corpus");
    Preconditions.checkNotNull(address, "address");
    Preconditions.checkArgument(!corpus.plans().isEmpty(), "corpus has no plan");
    SupervisionRoutes routes = new SupervisionRoutes(corpus);
    HttpServer server = HttpServer.create(address, 64);
    server.createContext("/", exchange -> handle(routes, exchange));
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "pilotplan-serve");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
    return new SupervisionServer(server, executor);
  }

  /** The address bound, with the port actually taken. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + address.getPort() + "/";
  }

  /** Stops answering, at once, and frees the port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void handle(SupervisionRoutes routes, HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      SupervisionRoutes.Answer answer;
      if (!head && !method.equals("GET")) {
        answer = SupervisionRoutes.error(405, "only GET and HEAD are answered");
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      } else if (hasBody(exchange)) {
        answer = SupervisionRoutes.error(413, "a request body is refused");
      } else {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_BYTES) {
          answer = SupervisionRoutes.error(414,
              "the query string is longer than " + MAX_QUERY_BYTES + " bytes");
        } else {
          answer = answerSafely(routes, exchange.getRequestURI().getRawPath(), rawQuery);
        }
      }
      send(exchange, answer, head);
    } catch (IOException | UncheckedIOException e) {
      // The client went away; nothing to answer.
    }
  }

  /** A failure inside is a 500 that says no more than that: no stack trace leaves the server. */
  private static SupervisionRoutes.Answer answerSafely(SupervisionRoutes routes, String path,
      String rawQuery) {
    try {
      return routes.answer(path, rawQuery);
    } catch (RuntimeException e) {
      return SupervisionRoutes.error(500, "internal error");
    }
  }

  private static boolean hasBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    String encoding = exchange.getRequestHeaders().getFirst("Transfer-Encoding");
    if (encoding != null) {
      return true;
    }
    if (length != null && !length.trim().equals("0")) {
      return true;
    }
    InputStream body = exchange.getRequestBody();
    return body.read() != -1;
  }

  private static void send(HttpExchange exchange, SupervisionRoutes.Answer answer, boolean head)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", answer.contentType());
    headers.set("Content-Security-Policy", answer.contentSecurityPolicy());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cache-Control", "no-store");
    for (Map.Entry<String, String> extra : answer.headers().entrySet()) {
      headers.set(extra.getKey(), extra.getValue());
    }
    byte[] body = answer.body();
    if (head) {
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

}
