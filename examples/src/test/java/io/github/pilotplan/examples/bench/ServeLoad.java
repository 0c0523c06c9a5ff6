package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.examples.cli.SupervisionServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code pilotplan serve}'s {@code /api/tasks} on loopback: a fixed number
 * of requests over a fixed number of connections, then throughput, p50/p99 latency and failures.
 * Not a unit test (it is a main, run by hand): the README's figures come from it.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am test-compile
 * java -cp "examples/target/test-classes:examples/target/classes:$(cat cp.txt)" \
 *     io.github.pilotplan.examples.bench.ServeLoad 20000 50
 * }</pre>
 *
 * <p>Each case starts a server in this JVM on an ephemeral loopback port, warms it with a tenth
 * of the requests, then sends the requests from as many threads as connections, each thread
 * sending its next request when the last answer has been read whole. A request fails when the
 * status is not 200 or the answer is not the expected size.
 */
public final class ServeLoad {

  private ServeLoad() {}

  /**
   * Runs the cases: {@code args} are the number of requests and of connections. With {@code
   * --serve PORT}, only serves the 10,000-task corpus on loopback at PORT, for an outside client
   * such as wrk.
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--serve")) {
      SupervisionServer server = SupervisionServer.start(SyntheticPlans.corpus(1, 10_000),
          new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])));
      System.out.println("serving the synthetic corpus at " + server.url());
      Thread.currentThread().join();
      return;
    }
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    System.out.printf(Locale.ROOT, "%d requests over %d connections, %d cores, %s%n",
        requests, connections, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    Corpus seed = Corpus.of(PlanLoader.seed());
    Corpus synthetic = SyntheticPlans.corpus(1, 10_000);
    String headline = "owned by 市财政局 due 2011";
    run("seed (" + seed.allTasks().size() + " tasks)", seed, headline, requests, connections);
    run("synthetic (" + synthetic.allTasks().size() + " tasks)", synthetic, headline, requests,
        connections);
    run("synthetic (" + synthetic.allTasks().size() + " tasks)", synthetic,
        "led by 市民政局 due 2011 containing 培训", requests, connections);
  }

  private static void run(String name, Corpus corpus, String query, int requests,
      int connections) throws Exception {
    try (SupervisionServer server = SupervisionServer.start(corpus,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      URI uri = URI.create(server.url() + "api/tasks?q="
          + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<byte[]> first = client.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (first.statusCode() != 200) {
        throw new IllegalStateException(uri + ": " + first.statusCode());
      }
      int size = first.body().length;
      int matches = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.body()).size();
      blast(client, uri, size, requests / 10, connections);
      Result r = blast(client, uri, size, requests, connections);
      System.out.printf(Locale.ROOT,
          "%-26s q=%-36s %5d tasks, %7d B | %6.0f req/s  p50 %6.2f ms  p99 %6.2f ms  failed %d%n",
          name, "\"" + query + "\"", matches, size, r.throughput(), r.p50(), r.p99(), r.failed);
    }
  }

  private record Result(long[] nanos, long elapsedNanos, int failed) {
    double throughput() {
      return nanos.length / (elapsedNanos / 1e9);
    }

    double p50() {
      return nanos[(int) (nanos.length * 0.50)] / 1e6;
    }

    double p99() {
      return nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99))] / 1e6;
    }
  }

  private static Result blast(HttpClient client, URI uri, int size, int requests, int connections)
      throws Exception {
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong sink = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      done.add(threads.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length != size) {
              failed.incrementAndGet();
            }
            sink.addAndGet(r.body().length);
          } catch (IOException e) {
            failed.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
          }
          nanos[i] = System.nanoTime() - t0;
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long elapsed = System.nanoTime() - start;
    threads.shutdown();
    Arrays.sort(nanos);
    return new Result(nanos, elapsed, failed.get());
  }
}
