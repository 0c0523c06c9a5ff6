package modular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.DocumentReading;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import io.github.pilotplan.json.PilotplanModule;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.query.TaskQuery;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Uses every exported package from a named module and checks what the module hides. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws JsonProcessingException {
    Plan plan = PlanLoader.seed(); // the seed is a resource of the core module
    TaskQuery query = plan.tasks().ownedBy("市财政局").dueIn(2011);
    List<String> paths = query.list().stream().map(Task::pathText).collect(Collectors.toList());
    check(paths.equals(List.of("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)", "(二) › 1 › (3)")),
        "headline query: " + paths);
    check(Unit.of("东莞市财政局").name().equals("市财政局"), "Unit.of"); // the unit names, a resource
    ImmutableList<Task> all = plan.allTasks();
    check(!all.isEmpty(), "tasks");

    Document doc = Document.of(
        Paragraph.of("二、主要任务"),
        Table.of(
            Row.of("序号", "工作事项", "牵头单位", "配合单位"),
            Row.of("1", "有序扩大家庭医生来源", "市卫生健康委", "市医保局")));
    check(PlanLoader.standard().load(doc).tasks().ownedBy("市医保局").count() == 1, "document");
    check(DocumentReading.isTaskTableHeader(List.of("序号", "工作事项", "牵头单位", "配合单位")), "header");

    // JSON both ways: Jackson reflects into the opened model packages and the root's ImmutablePlan.
    ObjectMapper mapper = new ObjectMapper().registerModule(new PilotplanModule());
    Plan back = mapper.readValue(mapper.writeValueAsString(plan), Plan.class);
    check(back.equals(plan), "JSON round trip");

    Module core = Plan.class.getModule();
    check(core.isNamed() && core.getName().equals("io.github.pilotplan"), "module name " + core);
    Set<String> exported = core.getPackages().stream().filter(core::isExported).collect(Collectors.toSet());
    check(exported.equals(Set.of("io.github.pilotplan", "io.github.pilotplan.model", "io.github.pilotplan.document",
        "io.github.pilotplan.query", "io.github.pilotplan.json")), "exported " + exported);
    check(core.getPackages().contains("io.github.pilotplan.internal.outline"), "internal packages " + core.getPackages());
    System.out.println("modular consumer: " + paths.size() + " tasks due 2011 owned by 市财政局; JSON round trip equal");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("modular consumer: " + what);
    }
  }
}
