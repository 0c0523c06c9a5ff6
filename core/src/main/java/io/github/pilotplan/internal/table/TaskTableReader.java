package io.github.pilotplan.internal.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.TextParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.pilotplan.internal.outline.LabelGrammar;

/**
 * Reads a {@link TableLayout} as a task table: finds the header row (or rows, where a 责任单位
 * cell spans 牵头单位 and 配合单位 below it), names each column by its header ({@link
 * ColumnKind}), and gathers the body into {@link TaskRow}s.
 *
 * <pre>{@code
 * Optional<TaskTable> t = TaskTableReader.read(layout);   // empty: not a task table
 * }</pre>
 *
 * <p>A row starts a task when its 序号 cell starts there and is filled, or (without a 序号)
 * when its 工作事项 cell does; a row whose 序号 cell is empty or merged with the one above
 * continues the task above. A row that is one cell across the table (一、… as a group heading) and
 * a 类别 cell that changes open a group. Rows above the header (a caption) are skipped.
 */
public final class TaskTableReader {

  /** How far down the header may stand (below a caption row or two). */
  private static final int MAX_HEADER_ROW = 3;

  private TaskTableReader() {}

  /**
   * Whether a row of cell texts is a task table's header: at least two cells name a column kind,
   * at least half the filled cells do, one names units and one the task (事项 or 内容).
   */
  public static boolean isHeader(List<String> cells) {
    Set<ColumnKind> kinds = new HashSet<>();
    int filled = 0;
    int known = 0;
    for (String c : cells) {
      if (c.isBlank()) {
        continue;
      }
      filled++;
      Optional<ColumnKind> k = ColumnKind.of(c);
      if (k.isPresent()) {
        known++;
        kinds.add(k.get());
      }
    }
    boolean units = kinds.contains(ColumnKind.LEAD) || kinds.contains(ColumnKind.RESPONSIBLE)
        || kinds.contains(ColumnKind.SUPPORT);
    boolean task = kinds.contains(ColumnKind.ITEM) || kinds.contains(ColumnKind.CONTENT);
    return known >= 2 && known * 2 >= filled && units && task;
  }

  /** The task table {@code layout} holds, or empty when it has no task table's header. */
  public static Optional<TaskTable> read(TableLayout layout) {
    Preconditions.checkNotNull(layout, "layout");
    int header = -1;
    for (int r = 0; r < Math.min(MAX_HEADER_ROW + 1, layout.rowCount()); r++) {
      if (isHeader(texts(layout, r))) {
        header = r;
        break;
      }
    }
    if (header < 0) {
      return Optional.empty();
    }
    int columns = layout.columnCount();
    List<Optional<ColumnKind>> kinds = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      kinds.add(ColumnKind.of(layout.slot(header, c).text()));
    }
    int body = header + 1;
    // Header rows below the first: every cell that starts there names a kind (牵头单位 | 配合单位
    // under a 责任单位 that spans both).
    while (body < layout.rowCount() && isSubHeader(layout, body)) {
      for (int c = 0; c < columns; c++) {
        TableLayout.Slot s = layout.slot(body, c);
        if (s.isOrigin() && !s.isBlank()) {
          kinds.set(c, ColumnKind.of(s.text()));
        }
      }
      body++;
    }
    boolean responsible = !kinds.contains(Optional.of(ColumnKind.LEAD))
        && kinds.contains(Optional.of(ColumnKind.RESPONSIBLE));
    resolve(kinds);
    ImmutableList<Optional<ColumnKind>> columnKinds = ImmutableList.copyOf(kinds);
    return Optional.of(new TaskTable(layout, columnKinds, body, rows(layout, columnKinds, body, responsible)));
  }

  private static List<String> texts(TableLayout layout, int row) {
    List<String> out = new ArrayList<>();
    int last = -1;
    for (int c = 0; c < layout.columnCount(); c++) {
      TableLayout.Slot s = layout.slot(row, c);
      // A cell spanning columns counts once.
      if (s.originColumn() != last || s.isOrigin()) {
        out.add(s.text());
      }
      last = s.originColumn();
    }
    return out;
  }

  private static boolean isSubHeader(TableLayout layout, int row) {
    boolean any = false;
    for (int c = 0; c < layout.columnCount(); c++) {
      TableLayout.Slot s = layout.slot(row, c);
      if (s.isOrigin() && !s.isBlank()) {
        if (ColumnKind.of(s.text()).isEmpty()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * 责任单位 means the lead where no column is 牵头, the supporting units where one is; a second
   * task-name column (重点任务 | 工作任务) holds the statement.
   */
  private static void resolve(List<Optional<ColumnKind>> kinds) {
    boolean lead = kinds.contains(Optional.of(ColumnKind.LEAD));
    boolean seenItem = false;
    for (int c = 0; c < kinds.size(); c++) {
      Optional<ColumnKind> k = kinds.get(c);
      if (k.equals(Optional.of(ColumnKind.RESPONSIBLE))) {
        kinds.set(c, Optional.of(lead ? ColumnKind.SUPPORT : ColumnKind.LEAD));
      } else if (k.equals(Optional.of(ColumnKind.ITEM))) {
        if (seenItem) {
          kinds.set(c, Optional.of(ColumnKind.CONTENT));
        }
        seenItem = true;
      }
    }
  }

  /** A body row being read into a task. */
  private static final class Draft {
    final Optional<Label> group;
    final Optional<String> groupTitle;
    final Label label;
    final boolean numbered;
    final int firstRow;
    int lastRow;

    Draft(Optional<Label> group, Optional<String> groupTitle, Label label, boolean numbered, int row) {
      this.group = group;
      this.groupTitle = groupTitle;
      this.label = label;
      this.numbered = numbered;
      this.firstRow = row;
      this.lastRow = row;
    }
  }

  private static ImmutableList<TaskRow> rows(TableLayout layout, List<Optional<ColumnKind>> kinds, int body,
      boolean responsible) {
    int number = kinds.indexOf(Optional.of(ColumnKind.NUMBER));
    int item = kinds.indexOf(Optional.of(ColumnKind.ITEM));
    int content = kinds.indexOf(Optional.of(ColumnKind.CONTENT));
    int category = kinds.indexOf(Optional.of(ColumnKind.CATEGORY));
    int key = item >= 0 ? item : content;
    List<Draft> drafts = new ArrayList<>();
    Optional<Label> group = Optional.empty();
    Optional<String> groupTitle = Optional.empty();
    int lastCategory = -1;
    int count = 0;
    for (int r = body; r < layout.rowCount(); r++) {
      TableLayout.Slot groupCell = groupCell(layout, r);
      if (groupCell != null) {
        Optional<Label> g = LabelGrammar.parse(groupCell.text());
        group = g;
        groupTitle = Optional.of(withoutLabel(groupCell.text())).filter(s -> !s.isEmpty());
        count = 0;
        continue;
      }
      if (category >= 0) {
        TableLayout.Slot cat = layout.slot(r, category);
        if (!cat.isBlank() && cat.originRow() != lastCategory) {
          lastCategory = cat.originRow();
          group = LabelGrammar.parse(cat.text());
          groupTitle = Optional.of(withoutLabel(cat.text())).filter(s -> !s.isEmpty());
          count = 0;
        }
      }
      boolean starts;
      String numberText = "";
      TableLayout.Slot k = key >= 0 ? layout.slot(r, key) : null;
      boolean ownKey = k != null && k.isOrigin() && !k.isBlank();
      if (number >= 0) {
        // A filled 序号 of its own starts a task; an empty one continues the task above, unless the
        // row has a task name of its own; a 序号 merged from above continues its task.
        TableLayout.Slot n = layout.slot(r, number);
        numberText = n.text();
        starts = n.isOrigin() && (!n.isBlank() || (ownKey && (item >= 0 || drafts.isEmpty())));
      } else {
        starts = key < 0 || ownKey;
      }
      if (!starts && drafts.isEmpty()) {
        starts = !rowBlank(layout, r);
      }
      if (!starts) {
        if (!drafts.isEmpty()) {
          drafts.get(drafts.size() - 1).lastRow = r;
        }
        continue;
      }
      if (rowBlank(layout, r)) {
        continue;
      }
      count++;
      Optional<Label> label = numberText.isEmpty() ? Optional.empty() : labelOf(numberText);
      drafts.add(new Draft(group, groupTitle, label.orElse(Label.of(Level.ITEM, count)), label.isPresent(), r));
    }
    ImmutableList.Builder<TaskRow> out = ImmutableList.builder();
    SourceText source = layout.source();
    for (Draft d : drafts) {
      Map<ColumnKind, List<Region>> cells = new EnumMap<>(ColumnKind.class);
      for (int c = 0; c < kinds.size(); c++) {
        if (kinds.get(c).isEmpty()) {
          continue;
        }
        Map<Long, ImmutableList<Region>> seen = new LinkedHashMap<>();
        for (int r = d.firstRow; r <= d.lastRow; r++) {
          TableLayout.Slot s = layout.slot(r, c);
          seen.putIfAbsent(((long) s.originRow() << 32) | s.originColumn(), s.parts());
        }
        List<Region> list = cells.computeIfAbsent(kinds.get(c).get(), k -> new ArrayList<>());
        seen.values().forEach(list::addAll);
      }
      ImmutableMap.Builder<ColumnKind, ImmutableList<Region>> frozen = ImmutableMap.builder();
      cells.forEach((k, v) -> frozen.put(k, ImmutableList.copyOf(v)));
      int first = rowLine(layout, d.firstRow, true);
      int last = rowLine(layout, d.lastRow, false);
      int start = source.lineStart(first);
      out.add(new TaskRow(d.group, d.groupTitle, d.label, d.numbered, frozen.build(),
          source.spanOf(start, source.lineEnd(last) - start), responsible));
    }
    return out.build();
  }

  /** The first (or last) line a row's cells stand on. */
  private static int rowLine(TableLayout layout, int row, boolean first) {
    int best = -1;
    for (int c = 0; c < layout.columnCount(); c++) {
      TableLayout.Slot s = layout.slot(row, c);
      if (!s.isOrigin() || s.parts().isEmpty()) {
        continue;
      }
      Region part = first ? s.parts().get(0) : s.parts().get(s.parts().size() - 1);
      int line = layout.source().lineOf(first ? part.start() : part.end());
      best = best < 0 ? line : first ? Math.min(best, line) : Math.max(best, line);
    }
    if (best < 0) {
      best = Math.min(layout.lastLine(), layout.firstLine() + row);
    }
    return best;
  }

  private static boolean rowBlank(TableLayout layout, int row) {
    for (TableLayout.Slot s : layout.row(row)) {
      if (s.isOrigin() && !s.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The one cell a group row holds (across the table, or alone on its line), or null. */
  private static TableLayout.Slot groupCell(TableLayout layout, int row) {
    TableLayout.Slot only = null;
    int covered = 0;
    for (TableLayout.Slot s : layout.row(row)) {
      if (s.isBlank()) {
        continue;
      }
      if (s.originRow() != row) {
        return null; // a cell merged from above: a row of a task, not a heading
      }
      if (only != null && only.originColumn() != s.originColumn()) {
        return null;
      }
      if (only == null || s.isOrigin()) {
        only = s;
      }
      covered++;
    }
    if (only == null) {
      return null;
    }
    boolean alone = layout.row(row).size() == 1 && layout.columnCount() > 2;
    return alone || covered * 2 > layout.columnCount() ? only : null;
  }

  private static Optional<Label> labelOf(String number) {
    String s = number.strip();
    while (s.endsWith(".") || s.endsWith("、")) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Optional.of(LabelGrammar.of(s));
    } catch (TextParseException e) {
      return Optional.empty();
    }
  }

  private static String withoutLabel(String text) {
    Optional<Label> l = LabelGrammar.parse(text);
    if (l.isEmpty()) {
      return text.strip();
    }
    String w = l.get().written();
    int at = text.indexOf(w);
    return at >= 0 ? text.substring(at + w.length()).strip() : text.strip();
  }
}
