package io.github.pilotplan.internal.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.internal.annotate.DeadlineGrammar;
import io.github.pilotplan.internal.annotate.DeliverableGrammar;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Recurrence;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.internal.annotate.TargetGrammar;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.internal.annotate.TownGrammar;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.internal.annotate.UnitAnnotation;
import io.github.pilotplan.internal.annotate.UnitAnnotationGrammar;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitRole;
import io.github.pilotplan.model.RowSource;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes {@link Task}s of {@link TaskRow}s, and lends a row's units, roles and deadlines to a task
 * of the main text.
 *
 * <pre>{@code
 * Task t = RowTasks.task(row, List.of(LabelGrammar.of("附件2"), row.label()));
 * t.statedUnits();   // the 牵头单位 cell's units, then the 配合单位 cell's
 * t.leadUnit();      // the first unit of the 牵头单位 cell
 * }</pre>
 *
 * <p>Units: lead units first, then supporting ones, each once, with their {@link UnitRole}s: LEAD
 * for the 牵头 column (RESPONSIBLE for a 责任单位 column of a table without a 牵头 one) or a unit
 * marked "(牵头)" in its cell, SUPPORTING for the 配合 column; the lead is the first LEAD unit, else
 * the first unit. A cell's list is read by {@link UnitAnnotationGrammar} as the clause
 * "(牵头单位:…)", "(配合单位:…)" or "(责任单位:…)" would be: a collective such as 各区、县级市
 * stays one unit; 无, — and / alone name none. Deadlines come from
 * the 完成时限 cells, or, where those give none, from the statement; targets from the statement
 * and the 预期目标 cells.
 */
public final class RowTasks {

  private RowTasks() {}

  /** Units named in one row, with their spans, and the lead. */
  static final class RowUnits {
    final ImmutableList<Unit> units;
    final Optional<Unit> lead;
    final ImmutableList<Mention<Unit>> mentions;
    final ImmutableList<UnitAssignment> roles;

    RowUnits(ImmutableList<Unit> units, Optional<Unit> lead, ImmutableList<Mention<Unit>> mentions,
        ImmutableList<UnitAssignment> roles) {
      this.units = units;
      this.lead = lead;
      this.mentions = mentions;
      this.roles = roles;
    }
  }

  /** Where a row stands in the plan, as a task's {@link Task#unitSource()} records it. */
  public static RowSource sourceOf(TaskRow row, List<Label> path) {
    return RowSource.builder().path(path).title(row.title()).source(row.source()).build();
  }

  /**
   * The task a row makes, at {@code path}.
   *
   * @throws IllegalArgumentException if the row has no statement (neither 内容 nor 事项)
   */
  public static Task task(TaskRow row, List<Label> path) {
    Preconditions.checkNotNull(row, "row");
    List<Region> statement = new ArrayList<>(row.cells(ColumnKind.CONTENT));
    Optional<String> title = row.title();
    if (statement.isEmpty() || row.text(ColumnKind.CONTENT).isEmpty()) {
      statement = new ArrayList<>(row.cells(ColumnKind.ITEM));
      title = Optional.empty();
    }
    String text = statement.stream().map(r -> r.text().strip()).filter(s -> !s.isEmpty())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    Preconditions.checkArgument(!text.isEmpty(), "row %s has no statement", row);
    RowUnits units = units(row);
    ImmutableList<Deadline> deadlines = deadlines(row, statement);
    List<Target> targets = new ArrayList<>();
    Set<String> deliverables = new LinkedHashSet<>();
    Set<Town> towns = new LinkedHashSet<>();
    List<Mention<Town>> townMentions = new ArrayList<>();
    for (Region r : statement) {
      targets.addAll(TargetGrammar.find(r, deadlines));
      deliverables.addAll(DeliverableGrammar.find(r));
      for (Mention<Town> m : TownGrammar.mentions(r)) {
        townMentions.add(m);
        towns.add(m.value());
      }
    }
    for (Region r : row.cells(ColumnKind.TARGET)) {
      targets.addAll(TargetGrammar.find(r, deadlines));
    }
    for (Unit u : units.units) {
      u.town().ifPresent(towns::add);
    }
    return Task.builder()
        .path(path)
        .title(title)
        .text(text)
        .statedUnits(units.units)
        .effectiveUnits(units.units)
        .leadUnit(units.lead)
        .roles(units.roles)
        .statedDeadlines(deadlines)
        .effectiveDeadlines(deadlines)
        .recurrence(Recurrence.find(text))
        .towns(towns)
        .targets(targets)
        .unitMentions(units.mentions)
        .townMentions(townMentions)
        .deliverables(deliverables)
        .unitSource(sourceOf(row, path))
        .source(row.source())
        .build();
  }

  /**
   * {@code task} with the units, roles and deadlines of {@code row}: the row's units follow the
   * task's own; the lead is the task's own where it states units, else the row's; the row's
   * deadlines apply where the task states none.
   */
  public static Task lend(Task task, TaskRow row, RowSource from) {
    RowUnits units = units(row);
    Set<Unit> merged = new LinkedHashSet<>(task.statedUnits());
    merged.addAll(units.units);
    ImmutableList<Unit> all = ImmutableList.copyOf(merged);
    Optional<Unit> lead = task.statedUnits().isEmpty() ? units.lead : task.leadUnit();
    if (lead.isEmpty() && !all.isEmpty()) {
      lead = Optional.of(all.get(0));
    }
    Map<Unit, UnitAssignment> roles = new LinkedHashMap<>();
    for (UnitAssignment a : task.statedUnits().isEmpty() ? ImmutableList.<UnitAssignment>of() : task.roles()) {
      roles.putIfAbsent(a.unit(), a);
    }
    for (UnitAssignment a : units.roles) {
      roles.putIfAbsent(a.unit(), a);
    }
    Task.Builder b = Task.builder().from(task)
        .roles(all.isEmpty() ? task.roles() : ImmutableList.copyOf(roles.values()))
        .statedUnits(all)
        .effectiveUnits(all.isEmpty() ? task.effectiveUnits() : all)
        .leadUnit(all.isEmpty() ? task.leadUnit() : lead)
        .unitMentions(ImmutableList.<Mention<Unit>>builder().addAll(task.unitMentions()).addAll(units.mentions).build())
        .unitSource(from);
    if (task.statedDeadlines().isEmpty()) {
      ImmutableList<Deadline> deadlines = deadlines(row, ImmutableList.of());
      if (!deadlines.isEmpty()) {
        b.statedDeadlines(deadlines).effectiveDeadlines(deadlines);
      }
    }
    return b.build();
  }

  private static ImmutableList<Deadline> deadlines(TaskRow row, List<Region> statement) {
    ImmutableList.Builder<Deadline> out = ImmutableList.builder();
    for (Region r : row.cells(ColumnKind.DEADLINE)) {
      out.addAll(DeadlineGrammar.find(r));
    }
    ImmutableList<Deadline> found = out.build();
    if (!found.isEmpty()) {
      return found;
    }
    for (Region r : statement) {
      out.addAll(DeadlineGrammar.find(r));
    }
    return out.build();
  }

  static RowUnits units(TaskRow row) {
    Map<Unit, UnitRole> units = new LinkedHashMap<>();
    List<Mention<Unit>> mentions = new ArrayList<>();
    Unit lead = null;
    for (ColumnKind kind : new ColumnKind[] {ColumnKind.LEAD, ColumnKind.SUPPORT}) {
      String key = kind == ColumnKind.SUPPORT ? "配合单位" : row.isLeadColumnResponsible() ? "责任单位" : "牵头单位";
      for (Region cell : row.cells(kind)) {
        for (UnitAnnotation a : clauses(cell, key)) {
          for (UnitAssignment r : a.roles()) {
            units.putIfAbsent(r.unit(), r.role());
            if (lead == null && r.role() == UnitRole.LEAD) {
              lead = r.unit();
            }
          }
          for (Mention<Unit> m : a.mentions()) {
            int offset = m.source().offset() - key.length() - 2 + cell.start();
            mentions.add(Mention.of(m.value(), cell.source().spanOf(offset, m.source().length())));
          }
        }
      }
    }
    ImmutableList<Unit> list = ImmutableList.copyOf(units.keySet());
    Optional<Unit> l = Optional.ofNullable(lead).or(() -> list.stream().findFirst());
    ImmutableList.Builder<UnitAssignment> roles = ImmutableList.builder();
    units.forEach((u, r) -> roles.add(UnitAssignment.of(u, r)));
    return new RowUnits(list, l, ImmutableList.copyOf(mentions), roles.build());
  }

  /**
   * The cell's list read by the text's own grammar, as if the cell were the clause "(key:cell)": a
   * collective such as 各区、县级市 stays one unit, "A(牵头)" marks the lead, 无 and / name none.
   */
  private static List<UnitAnnotation> clauses(Region cell, String key) {
    String names = cell.original().replace('\n', ' ').replace('\r', ' ');
    if (names.isBlank() || names.strip().equals("无")) {
      return List.of();
    }
    SourceText clause = SourceText.of("(" + key + ":" + names + ")");
    return UnitAnnotationGrammar.find(clause.line(1));
  }
}
