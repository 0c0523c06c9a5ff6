package io.github.pilotplan.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PilotplanModule;
import io.github.pilotplan.model.Task;

/**
 * The whole model to JSON and back with Jackson: an equal plan, with its text and every position.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
 * String json = mapper.writeValueAsString(plan);
 * Plan back = mapper.readValue(json, Plan.class);   // back.equals(plan)
 * }</pre>
 *
 * <p>The core's types carry no Jackson annotation; its {@code PilotplanModule} tells Jackson how to
 * read them. The application brings {@code jackson-databind}, {@code jackson-datatype-jdk8} and
 * {@code jackson-datatype-guava}.
 *
 * <p>Run it with {@code java -cp pilotplan.jar io.github.pilotplan.examples.JsonRoundTrip}.
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /** Writes the seed as JSON, reads it back and prints what came back. */
  public static void main(String[] args) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
    Plan plan = PlanLoader.seed();

    String json = mapper.writeValueAsString(plan);
    Plan back = mapper.readValue(json, Plan.class);

    System.out.println("JSON: " + json.length() + " characters");
    System.out.println("read back: " + back);
    System.out.println("equal: " + back.equals(plan));
    System.out.println("same text: " + back.text().equals(plan.text()));
    Task task = back.task("(一)", "6", "(1)").orElseThrow();
    System.out.println(task.pathText() + " at " + task.source() + ": "
        + back.text().substring(task.source().offset(), task.source().offset() + 25) + "…");
    System.out.println(mapper.writerWithDefaultPrettyPrinter()
        .writeValueAsString(task.statedDeadlines().get(0)));
  }
}
