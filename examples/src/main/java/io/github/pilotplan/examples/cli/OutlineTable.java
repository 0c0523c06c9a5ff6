package io.github.pilotplan.examples.cli;

import io.github.pilotplan.examples.export.DisplayWidth;
import io.github.pilotplan.model.Section;
import java.io.PrintWriter;
import java.util.List;

/**
 * The section tree of {@code pilotplan outline}, one section per line, indented two columns per
 * level.
 *
 * <pre>{@code
 * OutlineTable.print(PlanLoader.seed().outline(), out);
 * // (一)  [inferred]
 * //   3  培育发展基层社区社会组织,增强社区社会组织服务功能
 * //     (1)
 * // …
 * // 22 sections
 * }</pre>
 *
 * <p>Each line is the section's label and its title, where it has one. {@code [inferred]} marks a
 * section the text never shows: a page that starts inside (一) gets an untitled (一). Lines are cut
 * with "…" to fit 120 columns.
 */
final class OutlineTable {

  private OutlineTable() {}

  /** Prints the tree and a footer with the number of sections. */
  static void print(List<Section> outline, PrintWriter out) {
    int count = 0;
    for (Section top : outline) {
      count += print(top, 0, out);
    }
    out.println(count == 1 ? "1 section" : count + " sections");
  }

  private static int print(Section section, int depth, PrintWriter out) {
    String title = section.title().orElse(section.isInferred() ? "[inferred]" : "");
    String line = "  ".repeat(depth) + section.label().text() + (title.isEmpty() ? "" : "  " + title);
    out.println(DisplayWidth.fit(line, TaskTable.WIDTH));
    int count = 1;
    for (Section child : section.children()) {
      count += print(child, depth + 1, out);
    }
    return count;
  }
}
