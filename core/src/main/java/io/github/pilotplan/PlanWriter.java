package io.github.pilotplan;

import com.google.common.base.Joiner;
import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import io.github.pilotplan.model.CarriedRule;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitRole;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceSpan;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * lines, then each section as a numbered line with its canonical label (一、 (一) 1、 (1) ①) and its
 * title, each statement of its tasks as a paragraph, and the page's pagination and partial-text
 * notice at the end. Boilerplate, blank lines and indentation are not kept, and every character is
 * folded as the model folds it (full-width brackets, colons and digits to ASCII). What decides how
 * the loader reads a line is kept as it was:
 *
 * <ul>
 *   <li>Each task is written under the section that owns it, in document order, never looked up
 *       by path: a plan whose numbering restarts ({@code 一、} twice) has two sections with one path,
 *       each with its own tasks.
 *   <li>A statement that stood on its numbered line ({@code 1、2012年前建成中心。}, {@code
 *       (三)责任单位。东莞市民政局}) is written there again, after the title it followed; a statement
 *       that stood on a line of its own ({@code 1、} then {@code 开展调查研究}) gets a line of its own.
 *   <li>A statement is written with its unit annotations where they stood, so the first statement
 *       of a task keeps the annotation that opened the task, and a deadline that reads across an
 *       annotation ({@code 从2010年开始(责任单位:市民政局)到2012年底前}) reads the same again.
 * </ul>
 *
 * <p>The statements come from {@link Plan#text()} at the positions the tasks record. For a plan
 * whose text does not hold them (one built by hand), each task's text is written instead, its
 * stated units as an annotation at the end of its first paragraph: {@code (责任单位:…)}, with {@code
 * (牵头)} after a unit marked lead; or, where units support or guide, {@code
 * (牵头单位:…;配合单位:…;指导单位:…)}, with the 下同 rules and blanket clauses the task states. Inferred sections get no line: the loader
 * infers them again. What the loader could not place (the plan's diagnostics) is not in the model,
 * so it is not written.
 */
public final class PlanWriter {

  private static final String INDENT = "  ";

  private final Plan plan;
  /** The plan's text, when the tasks' positions point into it. */
  private final Optional<SourceText> source;
  private final Map<Integer, LineRole> roles = new HashMap<>();
  private final List<Task> tasks;
  /** The next task of {@link #tasks} not yet written. */
  private int next;
  private final StringBuilder out = new StringBuilder();

  private PlanWriter(Plan plan) {
    this.plan = plan;
    this.tasks = plan.allTasks();
    this.source = sourceOf(plan);
    for (SourceLine line : plan.lines()) {
      roles.put(line.line(), line.role());
    }
  }

  /**
   * The plan as text, lines ending with {@code \n}.
   *
   * @param plan the plan to write
   * @return its text, which {@link PlanLoader} reads back as an equal plan when {@code plan} has no
   *     diagnostics
   */
  public static String write(Plan plan) {
    Preconditions.checkNotNull(plan, "plan");
    return new PlanWriter(plan).run();
  }

  private String run() {
    plan.page().site().ifPresent(site -> out.append(site).append('\n'));
    plan.title().ifPresent(title -> out.append(title).append('\n'));
    // Without a title, only an addressee (…:) or a date reads as metadata before the outline; an
    // issuer line (…局) reads as metadata after it. With a title, every line before it does.
    List<String> metadata = plan.metadata();
    int before = 0;
    while (before < metadata.size()
        && (plan.title().isPresent() || metadata.get(before).endsWith(":") || metadata.get(before).endsWith("日"))) {
      before++;
    }
    for (String line : metadata.subList(0, before)) {
      out.append(line).append('\n');
    }
    out.append('\n');
    List<Section> order = new ArrayList<>();
    plan.outline().forEach(s -> s.flatten().forEach(order::add));
    // For each section, the next one in document order with the same path (numbering that
    // restarts, a dump of pages), found in one pass from the end.
    List<Optional<Section>> samePath = new ArrayList<>(Collections.nCopies(order.size(), Optional.empty()));
    Map<List<Label>, Section> later = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Section s = order.get(i);
      samePath.set(i, Optional.ofNullable(later.put(s.path(), s)));
    }
    for (int i = 0; i < order.size(); i++) {
      write(order.get(i), samePath.get(i));
    }
    for (String line : metadata.subList(before, metadata.size())) {
      out.append(line).append('\n');
    }
    if (plan.page().totalPages().isPresent()) {
      out.append('\n').append("共[").append(plan.page().totalPages().getAsInt()).append("]页\n");
    }
    if (plan.page().isPartial()) {
      out.append("上面法规内容为部分内容\n");
    }
    return out.toString();
  }

  /**
   * The tasks {@code section} owns: those next in document order with its path, up to where the
   * next section of the same path starts.
   */
  private List<Task> ownTasks(Section section, Optional<Section> samePath) {
    Optional<Integer> stop = samePath.flatMap(Section::source).map(SourceSpan::offset);
    List<Task> own = new ArrayList<>();
    while (next < tasks.size()) {
      Task t = tasks.get(next);
      if (!t.path().equals(section.path()) || (stop.isPresent() && t.source().offset() >= stop.get())) {
        break;
      }
      own.add(t);
      next++;
    }
    return own;
  }

  private void write(Section section, Optional<Section> samePath) {
    List<Task> own = ownTasks(section, samePath);
    boolean onNumberedLine = false;
    if (!section.isInferred()) {
      out.append(INDENT).append(label(section));
      onNumberedLine = !own.isEmpty() && startsOnNumberedLine(section, own.get(0));
      if (onNumberedLine) {
        // A title on the statement's line ends at the first 。: "(三)责任单位。东莞市民政局".
        section.title().ifPresent(t -> out.append(t).append('。'));
      } else {
        section.title().ifPresent(out::append);
        out.append("\n\n");
      }
    }
    for (Task task : own) {
      for (String paragraph : paragraphs(task)) {
        if (!onNumberedLine) {
          out.append(INDENT);
        }
        onNumberedLine = false;
        out.append(paragraph).append("\n\n");
      }
    }
  }

  /** Whether the task's first statement stood on the section's numbered line. */
  private boolean startsOnNumberedLine(Section section, Task first) {
    if (section.source().isPresent() && source.isPresent()) {
      return first.source().line() == section.source().get().line();
    }
    return section.title().isEmpty(); // a hand-built plan: a statement of its own carries the number
  }

  /** The statements of a task as the text wrote them (folded), or its text with its annotation. */
  private List<String> paragraphs(Task task) {
    if (source.isPresent()) {
      SourceText text = source.get();
      SourceSpan span = task.source();
      int first = span.line();
      int last = text.lineOf(span.endOffset());
      List<String> statements = new ArrayList<>();
      for (int n = first; n <= last; n++) {
        if (n != first && roles.get(n) != LineRole.STATEMENT) {
          continue; // boilerplate, metadata or a blank line between two statements of the task
        }
        int from = Math.max(text.lineStart(n), span.offset());
        int to = Math.min(text.lineEnd(n), span.endOffset());
        if (from < to) {
          String statement = text.region(from, to).trim().text();
          if (!statement.isEmpty()) {
            statements.add(statement);
          }
        }
      }
      if (!statements.isEmpty()) {
        return statements;
      }
    }
    List<String> paragraphs = new ArrayList<>(Splitter.on('\n').splitToList(task.text()));
    annotation(task).ifPresent(a -> paragraphs.set(0, paragraphs.get(0) + a));
    return paragraphs;
  }

  /**
   * The plan's text, when it has its line accounts and every task's position lies inside it and
   * agrees with its lines.
   */
  private static Optional<SourceText> sourceOf(Plan plan) {
    String text = plan.text();
    if (text.isEmpty() || plan.lines().isEmpty()) {
      return Optional.empty();
    }
    SourceText source = SourceText.of(text);
    for (Task t : plan.allTasks()) {
      SourceSpan span = t.source();
      if (span.endOffset() > text.length() || span.line() > source.lineCount()
          || source.lineStart(span.line()) + span.column() - 1 != span.offset()) {
        return Optional.empty();
      }
    }
    return Optional.of(source);
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
