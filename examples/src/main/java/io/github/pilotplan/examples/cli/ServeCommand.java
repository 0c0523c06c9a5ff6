package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pilotplan serve}: the supervision (督查督办) page of the plan in a browser, and its JSON
 * API, until the process is stopped.
 *
 * <pre>{@code
 * pilotplan serve                         # http://127.0.0.1:8080/ on the bundled seed
 * pilotplan serve --file plan.docx --port 9000
 * curl 'http://127.0.0.1:8080/api/tasks?q=owned%20by%20%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80%20due%202011'
 * }</pre>
 *
 * <p>See {@link SupervisionServer} and {@link SupervisionRoutes}. It binds to 127.0.0.1 unless
 * {@code --host} names another address; a port that is taken is one line on stderr and exit 1.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Serve the supervision page (督查督办) of the plan and its JSON API over HTTP, read-only,",
        "until stopped: /, /api/tasks?q=QUERY&on=DATE, /api/outline, /api/units, /api/plan."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PilotplanCli parent;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  private String host;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println(PilotplanCli.NAME + ": --port: not a port 0 to 65535: " + port);
      err.flush();
      return PilotplanCli.EXIT_USAGE_ERROR;
    }
    Plan plan;
    try {
      plan = parent.source().load();
    } catch (PlanInputException e) {
      err.println(PilotplanCli.NAME + ": " + e.getMessage());
      err.flush();
      return PilotplanCli.EXIT_INPUT_ERROR;
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      err.println(PilotplanCli.NAME + ": --host: unknown host: " + host);
      err.flush();
      return PilotplanCli.EXIT_USAGE_ERROR;
    }
    SupervisionServer server;
    try {
      server = SupervisionServer.start(Corpus.of(plan), address);
    } catch (IOException e) {
      err.println(PilotplanCli.NAME + ": cannot listen on " + host + ":" + port + ": "
          + e.getMessage());
      err.flush();
      return PilotplanCli.EXIT_INPUT_ERROR;
    }
    out.println("serving " + plan.allTasks().size() + " tasks at " + server.url()
        + "  (Ctrl-C stops)");
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    new CountDownLatch(1).await();
    return PilotplanCli.EXIT_OK;
  }
}
