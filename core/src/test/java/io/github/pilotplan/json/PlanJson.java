package io.github.pilotplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The mapper the Javadoc of {@link Plan} recommends, and checks of what equality leaves out. */
public final class PlanJson {

  /** Jackson with the model's module (and through it those for {@code Optional} and Guava). */
  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PilotplanModule());

  private PlanJson() {}

  /** {@code plan} written as JSON and read back. */
  public static Plan roundTrip(Plan plan) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(plan), Plan.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts what {@code Plan.equals} does not look at: the text, the line accounts, and every
   * position and written form of the model.
   */
  public static void assertSameProvenance(Plan actual, Plan expected) {
    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(actual.lines()).isEqualTo(expected.lines());
    assertThat(provenance(actual)).isEqualTo(provenance(expected));
  }

  /** Every auxiliary value of the plan, one string each, in model order. */
  static List<String> provenance(Plan plan) {
    Stream<String> sections = plan.sections().map(PlanJson::provenance);
    Stream<String> tasks = plan.allTasks().stream().map(PlanJson::provenance);
    return Stream.concat(sections, tasks).collect(Collectors.toList());
  }

  private static String provenance(Section s) {
    return s.pathText() + " " + s.label().written() + " " + s.source().map(PlanJson::span).orElse("-")
        + " " + s.path().stream().map(l -> l.written()).collect(Collectors.joining("|"));
  }

  private static String provenance(Task t) {
    return t.pathText() + " " + span(t.source())
        + " labels " + t.path().stream().map(l -> l.written()).collect(Collectors.joining("|"))
        + " units " + t.unitMentions().stream().map(m -> m.value() + "@" + span(m.source()))
            .collect(Collectors.joining(","))
        + " towns " + t.townMentions().stream().map(m -> m.value() + "@" + span(m.source()))
            .collect(Collectors.joining(","))
        + " stated " + t.statedDeadlines().stream().map(PlanJson::provenance).collect(Collectors.joining(","))
        + " effective " + t.effectiveDeadlines().stream().map(PlanJson::provenance)
            .collect(Collectors.joining(","))
        + " targets " + t.targets().stream().map(PlanJson::provenance).collect(Collectors.joining(","));
  }

  private static String provenance(Deadline d) {
    return d.text() + "@" + span(d.source());
  }

  private static String provenance(Target t) {
    return t.text() + "@" + span(t.source()) + t.deadline().map(PlanJson::provenance).orElse("");
  }

  private static String span(io.github.pilotplan.model.SourceSpan s) {
    return s.line() + ":" + s.column() + "+" + s.offset() + "/" + s.length();
  }
}
