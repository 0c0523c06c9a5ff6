package scratch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.annotate.Unit;
import io.github.pilotplan.annotate.UnitRole;
import io.github.pilotplan.model.Task;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchUnitsTest {
  @Test
  void score() throws Exception {
    Path dir = Path.of("/work/wt/corpus/core/src/test/resources/corpus");
    ObjectMapper m = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    int ok = 0, all = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path key : s.filter(p -> p.toString().endsWith(".key.json")).sorted().toList()) {
        String name = key.getFileName().toString().replace(".key.json", "");
        Plan plan = PlanLoader.standard().load(dir.resolve(name + ".txt"));
        out.append("== ").append(name).append(" diags=").append(plan.diagnostics().size()).append('\n');
        plan.diagnostics().stream().filter(d -> d.message().contains("unit") || d.message().contains("responsib"))
            .forEach(d -> out.append("   DIAG ").append(d).append('\n'));
        JsonNode k = m.readTree(key.toFile());
        for (JsonNode t : k.get("tasks")) {
          List<String> path = new ArrayList<>();
          t.get("path").forEach(x -> path.add(x.asText()));
          List<String> exp = new ArrayList<>();
          if (t.has("units")) t.get("units").forEach(x -> exp.add(x.asText()));
          Optional<Task> task = plan.allTasks().stream().filter(x -> x.pathLabels().equals(path)).findFirst();
          if (task.isEmpty() && t.has("contains")) {
            String c = t.get("contains").asText();
            task = plan.allTasks().stream().filter(x -> x.text().contains(c)).findFirst();
          }
          all++;
          if (task.isEmpty()) { out.append("  MISSING ").append(path).append('\n'); continue; }
          List<String> act = task.get().effectiveUnits().stream().map(Unit::name).toList();
          String el = t.has("lead") ? t.get("lead").asText() : null;
          String al = task.get().roles().stream().filter(r -> r.role() == UnitRole.LEAD).map(r -> r.unit().name()).findFirst().orElse(null);
          List<String> es = new ArrayList<>();
          if (t.has("supporting")) t.get("supporting").forEach(x -> es.add(x.asText()));
          List<String> as = task.get().unitsIn(UnitRole.SUPPORTING).stream().map(Unit::name).toList();
          boolean good = new HashSet<>(exp).equals(new HashSet<>(act)) && Objects.equals(el, al == null && el != null && !act.isEmpty() && act.get(0).equals(el) ? el : al) && new HashSet<>(es).equals(new HashSet<>(as));
          if (good) ok++;
          else out.append("  ").append(path).append(" exp=").append(exp).append(" lead=").append(el).append(" sup=").append(es)
              .append("\n     act=").append(task.get().roles()).append("\n");
        }
      }
    }
    out.append("OK ").append(ok).append("/").append(all).append('\n');
    Files.writeString(Path.of("/tmp/units-score.txt"), out);
  }
}
