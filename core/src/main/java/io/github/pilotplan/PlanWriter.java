package io.github.pilotplan;

import com.google.common.base.Joiner;
import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import io.github.pilotplan.annotate.CarriedRule;
import io.github.pilotplan.annotate.Unit;
import io.github.pilotplan.annotate.UnitAssignment;
import io.github.pilotplan.annotate.UnitRole;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Task;
import java.util.List;
import java.util.Optional;

/**
 * Writes a plan back as plan text, from which {@link PlanLoader} builds an equal plan.
 *
 * <pre>{@code
 * String text = PlanWriter.write(plan);
 * PlanLoader.standard().load(text).equals(plan);   // true for every plan without diagnostics
 * }</pre>
 *
 * <p>The text is canonical, not a copy of the original: the site banner, the title, the metadata
 * lines, then each section as a numbered line (its title on a heading line of its own, or else its
 * first statement on the numbered line), each task as a paragraph closed by its own unit
 * annotation ({@code (责任单位:…)}, with {@code (牵头)} after a unit marked lead; or, where
 * units support or guide, {@code (牵头单位:…;配合单位:…;指导单位:…)}, with the 下同 rules and
 * blanket clauses the task states), and the page's pagination and partial-text notice at the end. Inferred sections get no
 * line: the loader infers them again. What the loader could not place (the plan's diagnostics) is
 * not in the model, so it is not written.
 */
public final class PlanWriter {

  private static final String INDENT = "  ";

  private PlanWriter() {}

  /** The plan as text, lines ending with {@code \n}. */
  public static String write(Plan plan) {
    Preconditions.checkNotNull(plan, "plan");
    StringBuilder out = new StringBuilder();
    plan.page().site().ifPresent(site -> out.append(site).append('\n'));
    plan.title().ifPresent(title -> out.append(title).append('\n'));
    for (String line : plan.metadata()) {
      out.append(line).append('\n');
    }
    out.append('\n');
    for (Section section : plan.outline()) {
      write(plan, section, out);
    }
    if (plan.page().totalPages().isPresent()) {
      out.append('\n').append("共[").append(plan.page().totalPages().getAsInt()).append("]页\n");
    }
    if (plan.page().isPartial()) {
      out.append("上面法规内容为部分内容\n");
    }
    return out.toString();
  }

  private static void write(Plan plan, Section section, StringBuilder out) {
    List<Task> tasks = plan.allTasks().stream()
        .filter(t -> t.path().equals(section.path()))
        .toList();
    if (!section.isInferred()) {
      out.append(INDENT).append(label(section));
      if (section.title().isPresent()) {
        out.append(section.title().get()).append("\n\n");
      } else if (tasks.isEmpty()) {
        out.append("\n\n");
      }
    }
    boolean first = !section.isInferred() && section.title().isEmpty();
    for (Task task : tasks) {
      List<String> paragraphs = Splitter.on('\n').splitToList(task.text());
      for (int i = 0; i < paragraphs.size(); i++) {
        if (!first) {
          out.append(INDENT);
        }
        first = false;
        out.append(paragraphs.get(i));
        if (i == paragraphs.size() - 1) {
          annotation(task).ifPresent(out::append);
        }
        out.append("\n\n");
      }
    }
    for (Section child : section.children()) {
      write(plan, child, out);
    }
  }

  /** The label as the text writes it: 第一条 (and a space), 一、 (一) 1、 (1) 1) ①. */
  private static String label(Section section) {
    switch (section.level()) {
      case CHAPTER:
      case ITEM:
        return section.label().text() + "、";
      case PART:
      case DIVISION:
      case ARTICLE:
      case CLAUSE:
        // "第三条 规定…" stays article 3; "第三条规定…" would read as a reference.
        return section.label().text() + " ";
      default:
        return section.label().text();
    }
  }

  private static Optional<String> annotation(Task task) {
    if (task.statedUnits().isEmpty()) {
      return Optional.empty();
    }
    // The roles of the stated units (they come first among the roles); a task written by hand
    // without roles is written as one responsible list with its lead marked.
    List<UnitAssignment> roles = task.roles().size() >= task.statedUnits().size()
        ? task.roles().subList(0, task.statedUnits().size()) : List.of();
    if (!roles.isEmpty() && promotedByRule(task, roles)) {
      // The first unit leads by a 下同 rule, not by its own words: written as listed, the rule
      // makes it the lead again.
      List<UnitAssignment> asListed = new java.util.ArrayList<>(roles);
      asListed.set(0, UnitAssignment.of(roles.get(0).unit(), UnitRole.RESPONSIBLE));
      roles = asListed;
    }
    boolean plain = roles.isEmpty() || roles.stream()
        .allMatch(r -> r.role() == UnitRole.RESPONSIBLE || r.role() == UnitRole.LEAD);
    StringBuilder sb = new StringBuilder("(");
    if (plain) {
      // (责任单位:A、B(牵头)): the lead marked wherever it stands; a lead by default (the first
      // listed, RESPONSIBLE) is not marked.
      Optional<Unit> lead = roles.isEmpty()
          ? task.leadUnit().filter(u -> !u.equals(task.statedUnits().get(0)))
          : roles.stream().filter(r -> r.role() == UnitRole.LEAD).map(UnitAssignment::unit).findFirst();
      List<String> names = task.statedUnits().stream()
          .map(u -> lead.isPresent() && u.equals(lead.get()) ? u.name() + "(牵头)" : u.name())
          .toList();
      sb.append("责任单位:").append(Joiner.on('、').join(names));
    } else {
      // (牵头单位:A;配合单位:B、C;指导单位:D): one keyed list per run of units in one role.
      UnitRole current = null;
      for (UnitAssignment r : roles) {
        if (r.role() != current) {
          if (current != null) {
            sb.append(';');
          }
          sb.append(KEYS.get(r.role())).append(':');
          current = r.role();
        } else {
          sb.append('、');
        }
        sb.append(r.unit().name());
      }
    }
    // The rules this task states for later tasks: written where they stand, so they carry again.
    for (CarriedRule rule : task.carriedRules()) {
      if (statedHere(task, rule)) {
        sb.append(';').append(rule.text());
      }
    }
    return Optional.of(sb.append(')').toString());
  }

  private static final java.util.Map<UnitRole, String> KEYS = java.util.Map.of(
      UnitRole.LEAD, "牵头单位", UnitRole.RESPONSIBLE, "责任单位",
      UnitRole.SUPPORTING, "配合单位", UnitRole.GUIDING, "指导单位");

  /** Whether the first unit is the only lead and a 下同 rule applied to the task. */
  private static boolean promotedByRule(Task task, List<UnitAssignment> roles) {
    return roles.get(0).role() == UnitRole.LEAD
        && roles.stream().filter(r -> r.role() == UnitRole.LEAD).count() == 1
        && task.carriedRules().stream().anyMatch(r -> r.kind() == CarriedRule.Kind.FIRST_LISTED_LEADS);
  }

  /** Whether {@code rule} is stated inside the task's own words (its span within the task's). */
  private static boolean statedHere(Task task, CarriedRule rule) {
    return task.source().encloses(rule.source());
  }
}
