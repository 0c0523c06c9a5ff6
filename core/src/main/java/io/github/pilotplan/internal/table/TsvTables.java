package io.github.pilotplan.internal.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.pilotplan.internal.outline.LabelGrammar;

/**
 * Finds task tables written as tab-separated lines in plain text — what a table copied from a
 * web page or a Word file becomes: one row a line, cells separated by tabs.
 *
 * <pre>{@code
 * // 序号<TAB>工作事项<TAB>主要内容<TAB>牵头单位<TAB>配合单位
 * // 1<TAB>有序扩大家庭医生来源。<TAB>现阶段家庭医生包括…<TAB>各区政府<TAB>市卫生健康委…
 * List<TableLayout> tables = TsvTables.find(SourceText.of(text));
 * }</pre>
 *
 * <p>A table starts at a line with tabs whose cells are a task table's header ({@link
 * TaskTableReader#isHeader}); it goes on over the lines with tabs that follow. A line without a
 * tab between two such lines continues the cell its predecessor ended with (a cell's text broken
 * over two lines), unless it opens with an outline label such as 一、 or (一), which makes it a
 * group row of the table. A blank line or two lines without tabs end the table.
 */
public final class TsvTables {

  private TsvTables() {}

  /** The task tables of {@code source}, in text order. */
  public static ImmutableList<TableLayout> find(SourceText source) {
    Preconditions.checkNotNull(source, "source");
    if (source.original().indexOf('\t') < 0) {
      return ImmutableList.of(); // fast path: no tab, no table
    }
    ImmutableList.Builder<TableLayout> out = ImmutableList.builder();
    int n = source.lineCount();
    for (int line = 1; line <= n; line++) {
      String text = source.lineText(line);
      if (text.indexOf('\t') < 0) {
        continue;
      }
      List<Region> header = fields(source, line);
      if (!TaskTableReader.isHeader(header.stream().map(Region::text).toList())) {
        continue;
      }
      int last = line;
      List<List<List<Region>>> rows = new ArrayList<>();
      rows.add(cells(header));
      for (int next = line + 1; next <= n; next++) {
        String t = source.lineText(next);
        if (t.indexOf('\t') >= 0) {
          rows.add(cells(fields(source, next)));
          last = next;
          continue;
        }
        if (t.isBlank() || next + 1 > n || source.lineText(next + 1).indexOf('\t') < 0) {
          break;
        }
        Region whole = source.line(next).trim();
        if (isGroupLine(whole.text())) {
          List<List<Region>> group = new ArrayList<>();
          group.add(new ArrayList<>(List.of(whole)));
          rows.add(group);
        } else {
          appendToLastCell(rows.get(rows.size() - 1), whole);
        }
        last = next;
      }
      out.add(layout(source, line, last, rows));
      line = last;
    }
    return out.build();
  }

  private static boolean isGroupLine(String s) {
    Optional<Label> label = LabelGrammar.parse(s);
    return label.isPresent() && s.length() <= 60 && s.indexOf('。') < 0;
  }

  private static List<List<Region>> cells(List<Region> fields) {
    List<List<Region>> cells = new ArrayList<>();
    for (Region f : fields) {
      List<Region> parts = new ArrayList<>();
      if (!f.isEmpty()) {
        parts.add(f);
      }
      cells.add(parts);
    }
    return cells;
  }

  private static void appendToLastCell(List<List<Region>> row, Region part) {
    for (int i = row.size() - 1; i >= 0; i--) {
      if (!row.get(i).isEmpty()) {
        row.get(i).add(part);
        return;
      }
    }
    row.get(0).add(part);
  }

  /** The tab-separated fields of a line, each trimmed. */
  private static List<Region> fields(SourceText source, int line) {
    String text = source.lineText(line);
    int base = source.lineStart(line);
    List<Region> out = new ArrayList<>();
    int from = 0;
    for (int tab = text.indexOf('\t'); ; tab = text.indexOf('\t', from)) {
      int end = tab < 0 ? text.length() : tab;
      out.add(source.region(base + from, base + end).trim());
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return out;
  }

  private static TableLayout layout(SourceText source, int first, int last, List<List<List<Region>>> rows) {
    ImmutableList.Builder<ImmutableList<TableLayout.Slot>> grid = ImmutableList.builder();
    for (int r = 0; r < rows.size(); r++) {
      ImmutableList.Builder<TableLayout.Slot> row = ImmutableList.builder();
      List<List<Region>> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        row.add(new TableLayout.Slot(ImmutableList.copyOf(cells.get(c)), r, c, true));
      }
      grid.add(row.build());
    }
    return new TableLayout(source, first, last, grid.build());
  }
}
