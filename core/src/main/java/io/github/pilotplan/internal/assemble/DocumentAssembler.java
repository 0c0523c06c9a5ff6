package io.github.pilotplan.internal.assemble;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.RowSource;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourceLine;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.internal.annotate.Workers;
import io.github.pilotplan.internal.outline.OutlineReader;
import io.github.pilotplan.internal.table.ColumnKind;
import io.github.pilotplan.internal.table.RowTasks;
import io.github.pilotplan.internal.table.TableLayout;
import io.github.pilotplan.internal.table.TaskRow;
import io.github.pilotplan.internal.table.TaskTable;
import io.github.pilotplan.internal.table.TaskTableReader;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import io.github.pilotplan.Plan;
import io.github.pilotplan.internal.outline.LabelGrammar;

/**
 * Assembles a plan whose text holds task tables or attachments (附件1, 附件2 …); a text with
 * neither goes through the outline and the {@link Assembler} exactly as before.
 *
 * <p>The text is read as parts: the main text up to the first line that names an attachment
 * alone, then each attachment up to the next. Each part is read by the outline stage on its own
 * (the lines of the other parts and of its task tables blanked, so that every position still
 * points into the whole text); an attachment's tasks and sections get the attachment's label in
 * front of their paths ({@code 附件2 › 1}). Each task table gives a task per row, under the
 * section it stands in; a row of an attachment's table whose 工作事项 names a task (or section) of
 * the main text by its title lends that task its units, roles and deadlines instead, and is no
 * task of its own.
 */
public final class DocumentAssembler {

  /** A part of the text: the main text (label empty) or an attachment. */
  private static final class Part {
    final Optional<Label> label;
    final int firstLine;
    int lastLine;
    Optional<String> title = Optional.empty();
    final Set<Integer> masked = new LinkedHashSet<>();
    final Map<Integer, LineRole> roles = new TreeMap<>();
    final List<TaskTable> tables = new ArrayList<>();
    Plan plan;
    List<Section> outline = new ArrayList<>();

    Part(Optional<Label> label, int firstLine) {
      this.label = label;
      this.firstLine = firstLine;
    }

    ImmutableList<Label> prefix() {
      return label.map(ImmutableList::of).orElse(ImmutableList.of());
    }
  }

  private final SourceText source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** The main text's tasks and sections by normalized title, built on the first attachment row. */
  private Map<String, List<Task>> tasksByTitle;
  private Map<String, List<Section>> sectionsByTitle;
  private final List<String> metadata = new ArrayList<>();

  private DocumentAssembler(SourceText source) {
    this.source = source;
  }

  public static Plan assemble(SourceText source, List<TableLayout> layouts, Set<Integer> pageStarts, int maxNestingDepth) {
    return assemble(source, layouts, pageStarts, maxNestingDepth, Workers.SEQUENTIAL);
  }

  /**
   * The plan of {@code source}, as {@link #assemble(SourceText, List, Set, int)}, the statements of
   * a large plan annotated on up to {@code workers}' threads.
   */
  public static Plan assemble(SourceText source, List<TableLayout> layouts, Set<Integer> pageStarts,
      int maxNestingDepth, Workers workers) {
    List<TaskTable> tables = new ArrayList<>();
    for (TableLayout l : layouts) {
      TaskTableReader.read(l).filter(t -> !t.rows().isEmpty()).ifPresent(tables::add);
    }
    tables.sort(Comparator.comparingInt(t -> t.layout().firstLine()));
    List<Integer> starts = attachmentStarts(source, tables);
    Plan plan = tables.isEmpty() && starts.isEmpty()
        ? Assembler.assemble(OutlineReader.read(source, pageStarts, maxNestingDepth), workers)
        : new DocumentAssembler(source).run(tables, starts, pageStarts, maxNestingDepth, workers);
    return markup(source).map(d -> Plan.builder().from(plan).diagnostics(ImmutableList.<Diagnostic>builder()
        .add(d).addAll(plan.diagnostics()).build()).build()).orElse(plan);
  }

  private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
      "(?i)^\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");

  /**
   * A diagnostic when the text is an HTML page: the loader reads text, and markup read as text
   * gives nothing but diagnostics.
   */
  private static Optional<Diagnostic> markup(SourceText source) {
    String head = source.original().substring(0, Math.min(200, source.original().length()));
    if (head.indexOf('<') < 0 || !MARKUP.matcher(head.replace("\uFEFF", "")).find()) {
      return Optional.empty();
    }
    int at = source.original().indexOf('<');
    return Optional.of(Diagnostic.of(source.spanOf(at, 1), "the text is an HTML page, read here as text: read the"
        + " page with an HTML reader into a Document (PlanFiles in pilotplan-examples does) and load that"));
  }

  /** The lines that name an attachment alone (附件2), outside tables, after some text. */
  private static List<Integer> attachmentStarts(SourceText source, List<TaskTable> tables) {
    List<Integer> out = new ArrayList<>();
    if (source.original().indexOf("附件") < 0) {
      return out; // fast path: most texts name no attachment
    }
    boolean text = false;
    for (int n = 1; n <= source.lineCount(); n++) {
      String line = source.lineText(n);
      if (line.isBlank()) {
        continue;
      }
      if (text && line.strip().length() <= 8 && LabelGrammar.attachment(line).isPresent() && !inTable(n, tables)) {
        out.add(n);
      }
      text = true;
    }
    return out;
  }

  private static boolean inTable(int line, List<TaskTable> tables) {
    for (TaskTable t : tables) {
      if (line >= t.layout().firstLine() && line <= t.layout().lastLine()) {
        return true;
      }
    }
    return false;
  }

  private Plan run(List<TaskTable> tables, List<Integer> starts, Set<Integer> pageStarts, int maxNestingDepth,
      Workers workers) {
    List<Part> parts = new ArrayList<>();
    Part main = new Part(Optional.empty(), 1);
    parts.add(main);
    for (int s : starts) {
      parts.get(parts.size() - 1).lastLine = s - 1;
      parts.add(new Part(LabelGrammar.attachment(source.lineText(s)), s));
    }
    parts.get(parts.size() - 1).lastLine = source.lineCount();
    for (TaskTable t : tables) {
      for (Part p : parts) {
        if (t.layout().firstLine() >= p.firstLine && t.layout().firstLine() <= p.lastLine) {
          p.tables.add(t);
          mark(p, t);
        }
      }
    }
    markAttachmentList(main);
    for (Part p : parts.subList(1, parts.size())) {
      markAttachmentHead(p);
    }
    for (Part p : parts) {
      // The tasks' texts are ranges of the whole text, which the plan holds, not of the part's.
      p.plan = Assembler.assemble(OutlineReader.read(SourceText.of(masked(p)), pageStarts, maxNestingDepth), workers,
          source.original());
      p.outline = new ArrayList<>(p.plan.outline());
      p.plan.lines().forEach(l -> p.roles.putIfAbsent(l.line(), l.role()));
      diagnostics.addAll(p.plan.diagnostics());
    }
    List<Task> mainTasks = new ArrayList<>(main.plan.allTasks());
    Map<Task, Task> lent = new IdentityHashMap<>();
    List<Task> tableTasks = new ArrayList<>();
    for (Part p : parts) {
      for (TaskTable t : p.tables) {
        rowsOf(p, t, mainTasks, main.plan, lent, tableTasks);
      }
    }
    List<Task> tasks = new ArrayList<>();
    for (Task t : mainTasks) {
      tasks.add(lent.getOrDefault(t, t));
    }
    for (Part p : parts.subList(1, parts.size())) {
      for (Task t : p.plan.allTasks()) {
        tasks.add(Task.builder().from(t).path(prefixed(p.prefix(), t.path())).build());
      }
    }
    tasks.addAll(tableTasks);
    tasks.sort(Comparator.comparingInt(t -> t.source().offset()));
    tasks = inherit(tasks, new LinkedHashSet<>(lent.values()));
    List<Section> outline = new ArrayList<>(main.outline);
    for (Part p : parts.subList(1, parts.size())) {
      Section.Builder s = Section.builder()
          .label(p.label.get())
          .path(p.prefix())
          .title(p.title)
          .isInferred(false)
          .source(source.line(p.firstLine).trim().span());
      for (Section child : p.outline) {
        s.addChildren(reprefixed(p.prefix(), child));
      }
      outline.add(s.build());
    }
    Set<Unit> units = new LinkedHashSet<>();
    Set<Town> towns = new LinkedHashSet<>();
    for (Task t : tasks) {
      units.addAll(t.statedUnits());
      towns.addAll(t.towns());
    }
    Map<Integer, LineRole> roles = new TreeMap<>();
    parts.forEach(p -> roles.putAll(p.roles));
    List<SourceLine> lines = new ArrayList<>();
    roles.forEach((line, role) -> lines.add(SourceLine.of(line, role)));
    diagnostics.sort(Comparator.comparing(Diagnostic::span));
    return Plan.builder().from(main.plan)
        .outline(outline)
        .allTasks(tasks)
        .units(units)
        .towns(towns)
        .diagnostics(diagnostics)
        .lines(lines)
        .addAllMetadata(metadata)
        .text(source.original())
        .build();
  }

  /** Blanks a task table's lines in its part: the header as heading lines, the rest statements. */
  private void mark(Part p, TaskTable t) {
    int body = t.rows().get(0).source().line();
    for (int n = t.layout().firstLine(); n <= t.layout().lastLine(); n++) {
      p.masked.add(n);
      if (!source.lineText(n).isBlank()) {
        p.roles.put(n, n < body ? LineRole.HEADING : LineRole.STATEMENT);
      }
    }
  }

  /** The main text's list of attachments ("附件:1.…" and the items after it) is metadata. */
  private void markAttachmentList(Part main) {
    for (int n = main.firstLine; n <= main.lastLine; n++) {
      String s = source.line(n).trim().text();
      if (!s.startsWith("附件:") || main.masked.contains(n)) {
        continue;
      }
      int k = n;
      do {
        main.masked.add(k);
        main.roles.put(k, LineRole.METADATA);
        metadata.add(source.line(k).trim().text());
        k++;
      } while (k <= main.lastLine && isListedAttachment(source.line(k).trim().text()));
      n = k - 1;
    }
  }

  private static boolean isListedAttachment(String s) {
    return !s.isEmpty() && s.length() <= 80 && s.indexOf('。') < 0 && LabelGrammar.parse(s).isPresent()
        && Character.isDigit(s.charAt(0));
  }

  /** An attachment's own line and the title lines after it (up to three, short, without 。). */
  private void markAttachmentHead(Part p) {
    p.masked.add(p.firstLine);
    p.roles.put(p.firstLine, LineRole.HEADING);
    StringBuilder title = new StringBuilder();
    for (int n = p.firstLine + 1, taken = 0; n <= p.lastLine && taken < 3; n++) {
      String s = source.line(n).trim().text();
      if (s.isEmpty()) {
        if (title.length() > 0) {
          break;
        }
        continue;
      }
      if (p.masked.contains(n) || s.length() > 60 || s.indexOf('。') >= 0 || LabelGrammar.parse(s).isPresent()
          || s.indexOf(';') >= 0) {
        break;
      }
      title.append(s);
      p.masked.add(n);
      p.roles.put(n, LineRole.HEADING);
      taken++;
    }
    if (title.length() > 0) {
      p.title = Optional.of(title.toString());
    }
    // Paragraphs before the attachment's first numbered line or table are its preamble, as the
    // main text's are: metadata, not paragraphs of an item of an earlier page.
    for (int n = p.firstLine + 1; n <= p.lastLine; n++) {
      String s = source.line(n).trim().text();
      if (s.isEmpty() || p.roles.get(n) == LineRole.HEADING && p.masked.contains(n)) {
        continue;
      }
      if (p.masked.contains(n) || LabelGrammar.parse(s).isPresent()) {
        break;
      }
      p.masked.add(n);
      p.roles.put(n, LineRole.METADATA);
    }
  }

  /** The text with every line outside the part, and every masked line in it, blanked. */
  private String masked(Part p) {
    char[] chars = source.original().toCharArray();
    for (int n = 1; n <= source.lineCount(); n++) {
      if (n < p.firstLine || n > p.lastLine || p.masked.contains(n)) {
        for (int i = source.lineStart(n); i < source.lineEnd(n); i++) {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /** The tasks and sections of one table's rows, or the main tasks they lend their units to. */
  private void rowsOf(Part p, TaskTable table, List<Task> mainTasks, Plan mainPlan, Map<Task, Task> lent,
      List<Task> out) {
    int start = source.lineStart(table.layout().firstLine());
    ImmutableList<Label> base = prefixed(p.prefix(), enclosing(p.outline, start));
    Map<Optional<Label>, List<Section>> groups = new LinkedHashMap<>();
    Map<Optional<Label>, Optional<String>> groupTitles = new LinkedHashMap<>();
    for (TaskRow row : table.rows()) {
      ImmutableList<Label> groupPath = row.group().map(g -> prefixed(base, ImmutableList.of(g))).orElse(base);
      ImmutableList<Label> path = prefixed(groupPath, ImmutableList.of(row.label()));
      groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(Section.builder()
          .label(row.label()).path(path).title(row.title()).isInferred(false).source(row.source()).build());
      groupTitles.putIfAbsent(row.group(), row.groupTitle());
      if (p.label.isPresent()) {
        List<Task> targets = targets(row, mainTasks, mainPlan);
        if (!targets.isEmpty()) {
          RowSource from = RowTasks.sourceOf(row, path);
          for (Task t : targets) {
            Task before = lent.getOrDefault(t, t);
            lent.put(t, RowTasks.lend(before, row, from));
          }
          continue;
        }
      }
      if (!row.text(ColumnKind.CONTENT).isEmpty()
          || !row.text(ColumnKind.ITEM).isEmpty()) {
        out.add(RowTasks.task(row, path));
      }
    }
    List<Section> added = new ArrayList<>();
    groups.forEach((g, rows) -> {
      if (g.isEmpty()) {
        added.addAll(rows);
      } else {
        added.add(Section.builder().label(g.get()).path(prefixed(base, ImmutableList.of(g.get())))
            .title(groupTitles.get(g)).isInferred(false).children(rows).build());
      }
    });
    ImmutableList<Label> within = ImmutableList.copyOf(base.subList(p.prefix().size(), base.size()));
    p.outline = insert(p.outline, within, added, p.prefix());
  }

  /** The path of the deepest section that starts before {@code offset}, empty if none. */
  private static ImmutableList<Label> enclosing(List<Section> outline, int offset) {
    ImmutableList<Label> best = ImmutableList.of();
    for (Section root : outline) {
      for (Section s : (Iterable<Section>) root.flatten()::iterator) {
        if (s.source().isPresent() && s.source().get().offset() < offset) {
          best = s.path();
        }
      }
    }
    return best;
  }

  /** The main tasks a row of an attachment's table names by its title, or none. */
  private List<Task> targets(TaskRow row, List<Task> mainTasks, Plan mainPlan) {
    Optional<String> title = row.title();
    if (title.isEmpty() || normalized(title.get()).length() < 2) {
      return List.of();
    }
    String key = normalized(title.get());
    if (tasksByTitle == null) {
      tasksByTitle = new java.util.HashMap<>();
      for (Task t : mainTasks) {
        t.title().ifPresent(x -> tasksByTitle.computeIfAbsent(normalized(x), k -> new ArrayList<>()).add(t));
      }
      sectionsByTitle = new java.util.HashMap<>();
      mainPlan.sections().forEach(s -> s.title().ifPresent(
          x -> sectionsByTitle.computeIfAbsent(normalized(x), k -> new ArrayList<>()).add(s)));
    }
    List<Task> byTask = tasksByTitle.getOrDefault(key, List.of());
    List<Section> sections = byTask.isEmpty() ? sectionsByTitle.getOrDefault(key, List.of()) : List.of();
    if (byTask.size() > 1 || sections.size() > 1) {
      // The 序号 may tell them apart.
      List<Task> sameNumber = new ArrayList<>();
      for (Task t : byTask) {
        if (row.isNumbered() && t.path().get(t.path().size() - 1).ordinal() == row.label().ordinal()) {
          sameNumber.add(t);
        }
      }
      List<Section> sameSection = new ArrayList<>();
      for (Section s : sections) {
        if (row.isNumbered() && s.ordinal() == row.label().ordinal()) {
          sameSection.add(s);
        }
      }
      if (sameNumber.size() == 1) {
        return sameNumber;
      }
      if (byTask.isEmpty() && sameSection.size() == 1) {
        sections = sameSection;
      } else {
        diagnostics.add(Diagnostic.of(row.source(), "the table row \"" + title.get() + "\" names "
            + (byTask.isEmpty() ? sections.size() + " sections" : byTask.size() + " tasks")
            + " of the main text by its title; it lends its units to none of them and stays a task of the"
            + " attachment"));
        return List.of();
      }
    }
    if (!byTask.isEmpty()) {
      return byTask;
    }
    if (sections.isEmpty()) {
      return List.of();
    }
    ImmutableList<Label> path = sections.get(0).path();
    List<Task> inside = new ArrayList<>();
    for (Task t : mainTasks) {
      if (t.path().size() >= path.size() && t.path().subList(0, path.size()).equals(path) && t.statedUnits().isEmpty()) {
        inside.add(t);
      }
    }
    return inside;
  }

  /** A title without its label, spaces and punctuation, for matching. */
  static String normalized(String title) {
    String s = Cleaning.clean(title).strip();
    Optional<Label> label = LabelGrammar.parse(s);
    if (label.isPresent() && s.startsWith(label.get().written())) {
      s = s.substring(label.get().written().length());
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && "。,、;:!?“”‘’\"'《》()〔〕[]【】—-·….".indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Tasks without units of their own whose nearest enclosing task with units was lent units by a
   * table inherit them (and likewise deadlines), as they would have from the text.
   */
  private static List<Task> inherit(List<Task> tasks, Set<Task> lentTasks) {
    if (lentTasks.isEmpty()) {
      return tasks;
    }
    // The first task at each path that states units (deadlines), as the Assembler passes them down.
    Map<List<Label>, Task> units = new java.util.HashMap<>();
    Map<List<Label>, Task> deadlines = new java.util.HashMap<>();
    for (Task t : tasks) {
      if (!t.statedUnits().isEmpty()) {
        units.putIfAbsent(t.path(), t);
      }
      if (!t.statedDeadlines().isEmpty()) {
        deadlines.putIfAbsent(t.path(), t);
      }
    }
    List<Task> out = new ArrayList<>(tasks.size());
    for (Task t : tasks) {
      Task.Builder b = null;
      Task from = t.statedUnits().isEmpty() ? nearest(units, t) : null;
      if (from != null && lentTasks.contains(from)) {
        b = Task.builder().from(t).effectiveUnits(from.statedUnits()).leadUnit(from.leadUnit())
            .roles(from.roles()).unitSource(from.unitSource());
      }
      Task due = t.statedDeadlines().isEmpty() ? nearest(deadlines, t) : null;
      if (due != null && lentTasks.contains(due)) {
        b = (b == null ? Task.builder().from(t) : b).effectiveDeadlines(due.statedDeadlines());
      }
      out.add(b == null ? t : b.build());
    }
    return out;
  }

  /** The task at the longest proper prefix of {@code t}'s path, or null. */
  private static Task nearest(Map<List<Label>, Task> byPath, Task t) {
    for (int n = t.path().size() - 1; n >= 1; n--) {
      Task found = byPath.get(t.path().subList(0, n));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static ImmutableList<Label> prefixed(List<Label> prefix, List<Label> path) {
    return ImmutableList.<Label>builder().addAll(prefix).addAll(path).build();
  }

  private static Section reprefixed(ImmutableList<Label> prefix, Section s) {
    Section.Builder b = Section.builder().from(s).path(prefixed(prefix, s.path())).children(ImmutableList.of());
    for (Section c : s.children()) {
      b.addChildren(reprefixed(prefix, c));
    }
    return b.build();
  }

  /** {@code outline} with {@code added} appended to the children of the section at {@code path}. */
  private static List<Section> insert(List<Section> outline, List<Label> path, List<Section> added,
      List<Label> prefix) {
    if (path.isEmpty()) {
      List<Section> out = new ArrayList<>(outline);
      for (Section s : added) {
        out.add(unprefixed(prefix, s));
      }
      return out;
    }
    List<Section> out = new ArrayList<>();
    for (Section s : outline) {
      if (s.label().equals(path.get(0))) {
        List<Section> kids = insert(s.children(), path.subList(1, path.size()), added, prefix);
        out.add(Section.builder().from(s).children(kids).build());
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** A section of a part, with the part's label taken off its paths (it is put back at the end). */
  private static Section unprefixed(List<Label> prefix, Section s) {
    Section.Builder b = Section.builder().from(s).path(s.path().subList(prefix.size(), s.path().size()))
        .children(ImmutableList.of());
    for (Section c : s.children()) {
      b.addChildren(unprefixed(prefix, c));
    }
    return b.build();
  }
}
