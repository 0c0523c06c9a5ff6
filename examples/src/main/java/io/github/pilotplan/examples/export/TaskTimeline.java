package io.github.pilotplan.examples.export;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Tasks as an SVG timeline (what {@code pilotplan timeline} writes; a program calls {@link #write}
 * or {@link #of}): one row per task, grouped by lead unit,
 * years along the top, written with the JDK's {@link XMLStreamWriter} (so every name and text is
 * escaped as XML).
 *
 * <pre>{@code
 * String svg = TaskTimeline.of(plan, plan.allTasks());
 * // <svg xmlns="http://www.w3.org/2000/svg" width="…" height="…" …>
 * //   <g class="unit" data-unit="市民政局">…
 * //   <g class="task" data-path="(一) › 6 › (1)" data-lead="市民政局" data-due="2011-12-31">…
 * }</pre>
 *
 * <p>Each task row is a {@code <g class="task">} with {@code data-path} and {@code data-lead}, and
 * its marks:
 *
 * <ul>
 *   <li>a bar ({@code rect class="bar"}, {@code data-due} on the row) from the start year to the
 *       end of the due period ({@link Deadline#dueDate()}); a deadline that states no start (2012年前, 到2011年)
 *       draws its bar from the first year of the axis, fading in;
 *   <li>an arrow ({@code class="from"}, {@code data-from} on the row) from the start year to the
 *       right edge for a deadline without an end (从2010年开始);
 *   <li>a tick ({@code class="also"}) at the end of each further deadline ((二)2: 到2012年);
 *   <li>a diamond ({@code class="target"}) per target, at the end of the target's deadline, else of
 *       the task's;
 *   <li>nothing but a dash for a task with no deadline.
 * </ul>
 *
 * <p>Every text is XML-safe: the stream writer escapes markup, and characters XML 1.0 forbids (a
 * form feed as pdftotext writes between pages, vertical tab, NUL, ESC, a lone surrogate) are
 * replaced first (a control character by a space, the others by U+FFFD), so the document always
 * parses.
 *
 * <p>Hovering a row shows its full text ({@code <title>}). Chinese text uses the first CJK font
 * the viewer has: Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei,
 * PingFang SC, then any sans-serif.
 */
public final class TaskTimeline {

  /** The SVG namespace. */
  public static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** The font families of the text, CJK first. */
  public static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', "
      + "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif";

  private static final int MARGIN = 24;
  private static final int PATH_X = MARGIN + 8;
  private static final int TEXT_X = MARGIN + 118;
  private static final int AXIS_X = 520;
  private static final int YEAR_WIDTH = 110;
  private static final int TITLE_HEIGHT = 44;
  private static final int AXIS_HEIGHT = 30;
  private static final int GROUP_HEIGHT = 28;
  private static final int ROW_HEIGHT = 24;
  private static final int BAR_HEIGHT = 14;
  private static final int LEGEND_HEIGHT = 56;
  /** Room right of the axis for the deadline written after a bar that ends in the last year. */
  private static final int LABEL_ROOM = 96;
  /** Gap between the end of a bar and its label: room for a target's diamond. */
  private static final int LABEL_GAP = 10;
  /** Room for the task text, in terminal columns (a CJK character is two) at 12px. */
  private static final int TEXT_COLUMNS = (AXIS_X - TEXT_X - 16) / 6;

  private static final String NO_LEAD = "(no lead unit)";

  private TaskTimeline() {}

  /**
   * Writes the SVG document for {@code tasks}, tasks of {@code plan} (a query or a list), to
   * {@code out}, which is flushed but not closed.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("timeline.svg"))) {
   *   TaskTimeline.write(plan, plan.tasks().under("(二)"), out);
   * }
   * }</pre>
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static void write(Plan plan, Iterable<Task> tasks, Writer out) {
    Preconditions.checkNotNull(out, "out");
    try {
      out.write(of(plan, tasks));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SVG document for {@code tasks}, tasks of {@code plan} (a query or a list). */
  public static String of(Plan plan, Iterable<Task> taskList) {
    Preconditions.checkNotNull(plan, "plan");
    Preconditions.checkNotNull(taskList, "tasks");
    List<Task> tasks = ImmutableList.copyOf(taskList);
    Axis axis = Axis.of(tasks);
    Map<String, List<Task>> groups = new LinkedHashMap<>();
    for (Task task : tasks) {
      groups.computeIfAbsent(task.leadUnit().map(Unit::name).orElse(NO_LEAD), k -> new ArrayList<>()).add(task);
    }
    int width = AXIS_X + axis.years() * YEAR_WIDTH + LABEL_ROOM + MARGIN;
    int rowsTop = TITLE_HEIGHT + AXIS_HEIGHT;
    int height = rowsTop + groups.size() * GROUP_HEIGHT + tasks.size() * ROW_HEIGHT + LEGEND_HEIGHT;

    StringWriter buffer = new StringWriter();
    try {
      Svg svg = new Svg(XMLOutputFactory.newInstance().createXMLStreamWriter(buffer));
      svg.out.writeStartDocument("UTF-8", "1.0");
      svg.newline(0);
      svg.out.setDefaultNamespace(SVG_NS);
      svg.out.writeStartElement(SVG_NS, "svg");
      svg.out.writeDefaultNamespace(SVG_NS);
      svg.attr("width", width).attr("height", height).attr("viewBox", "0 0 " + width + " " + height);
      svg.attr("font-family", FONTS);
      svg.newline(1);
      svg.element("style", ".task:hover rect.band { fill: #fff3c4; } text { font-family: " + FONTS + "; }");
      svg.newline(1);
      // The fill of a bar whose deadline states no start: it fades in from the left.
      svg.start("defs");
      svg.start("linearGradient").attr("id", "fade");
      svg.start("stop").attr("offset", "0").attr("stop-color", "#3b7dd8").attr("stop-opacity", "0.1").end();
      svg.start("stop").attr("offset", "0.6").attr("stop-color", "#3b7dd8").attr("stop-opacity", "1").end();
      svg.end();
      svg.end();
      svg.newline(1);
      svg.start("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff").end();
      svg.newline(1);
      String title = plan.name().or(plan::title).orElse("pilotplan");
      svg.start("text").attr("x", MARGIN).attr("y", 28).attr("font-size", 16).attr("font-weight", "bold")
          .attr("fill", "#222222").text(DisplayWidth.fit(title, (width - 2 * MARGIN) / 8)).end();
      svg.newline(1);
      axis(svg, axis, rowsTop, height - LEGEND_HEIGHT);

      int y = rowsTop;
      int index = 0;
      for (Map.Entry<String, List<Task>> group : groups.entrySet()) {
        svg.start("g").attr("class", "unit").attr("data-unit", group.getKey());
        svg.newline(2);
        svg.start("rect").attr("x", MARGIN).attr("y", y + 2).attr("width", width - 2 * MARGIN)
            .attr("height", GROUP_HEIGHT - 4).attr("fill", "#e8eef7").attr("rx", 3).end();
        svg.newline(2);
        svg.start("text").attr("x", PATH_X).attr("y", y + 19).attr("font-size", 14).attr("font-weight", "bold")
            .attr("fill", "#1f3b63").text(group.getKey() + "  (" + group.getValue().size()
                + (group.getValue().size() == 1 ? " task)" : " tasks)")).end();
        y += GROUP_HEIGHT;
        for (Task task : group.getValue()) {
          svg.newline(2);
          row(svg, axis, task, y, index++, width);
          y += ROW_HEIGHT;
        }
        svg.newline(1);
        svg.end();
        svg.newline(1);
      }
      legend(svg, height - LEGEND_HEIGHT + 20);
      svg.newline(0);
      svg.end();
      svg.newline(0);
      svg.out.writeEndDocument();
      svg.out.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the SVG: " + e.getMessage(), e);
    }
    return buffer.toString();
  }

  private static void axis(Svg svg, Axis axis, int top, int bottom) throws XMLStreamException {
    svg.start("g").attr("class", "axis");
    for (int i = 0; i < axis.years(); i++) {
      int year = axis.first() + i;
      double x = AXIS_X + i * YEAR_WIDTH;
      svg.newline(2);
      if (i % 2 == 0) {
        svg.start("rect").attr("x", x).attr("y", top).attr("width", YEAR_WIDTH).attr("height", bottom - top)
            .attr("fill", "#f6f7f9").end();
      }
      svg.start("text").attr("x", x + YEAR_WIDTH / 2.0).attr("y", top - 10).attr("font-size", 13)
          .attr("text-anchor", "middle").attr("fill", "#333333").attr("data-year", year)
          .text(year + "年").end();
    }
    for (int i = 0; i <= axis.years(); i++) {
      double x = AXIS_X + i * YEAR_WIDTH;
      svg.newline(2);
      svg.start("line").attr("x1", x).attr("y1", top - 4).attr("x2", x).attr("y2", bottom)
          .attr("stroke", "#c9ced6").attr("stroke-width", 1).end();
    }
    svg.newline(1);
    svg.end();
    svg.newline(1);
  }

  private static void row(Svg svg, Axis axis, Task task, int y, int index, int width)
      throws XMLStreamException {
    Optional<Deadline> due = task.firstDueDeadline();
    Optional<Deadline> from = task.effectiveDeadlines().stream().filter(Deadline::isOpenEnded).findFirst();
    svg.start("g").attr("class", "task").attr("id", "task-" + (index + 1))
        .attr("data-path", task.pathText())
        .attr("data-lead", task.leadUnit().map(Unit::name).orElse(""));
    if (due.isPresent()) {
      svg.attr("data-due", due.get().dueDate().orElseThrow().toString());
    }
    if (from.isPresent()) {
      svg.attr("data-from", from.get().startYear().getAsInt());
    }
    svg.element("title", task.pathText() + "  " + TaskSheet.deadlines(task) + "\n" + task.text());
    svg.start("rect").attr("class", "band").attr("x", MARGIN).attr("y", y).attr("width", width - 2 * MARGIN)
        .attr("height", ROW_HEIGHT).attr("fill", "none").attr("pointer-events", "all").end();
    double mid = y + ROW_HEIGHT / 2.0;
    svg.start("text").attr("x", PATH_X).attr("y", mid + 4).attr("font-size", 12).attr("fill", "#555555")
        .text(task.pathText()).end();
    svg.start("text").attr("x", TEXT_X).attr("y", mid + 4).attr("font-size", 12).attr("fill", "#222222")
        .text(DisplayWidth.fit(task.title().orElse(task.text()), TEXT_COLUMNS)).end();

    if (due.isPresent()) {
      Deadline d = due.get();
      double end = axis.x(d.dueDate().orElseThrow());
      boolean stated = d.startYear().isPresent();
      double start = stated ? axis.yearStart(d.startYear().getAsInt()) : AXIS_X;
      svg.start("rect").attr("class", "bar").attr("x", start).attr("y", mid - BAR_HEIGHT / 2.0)
          .attr("width", Math.max(4, end - start)).attr("height", BAR_HEIGHT).attr("rx", 3)
          .attr("fill", stated ? "#3b7dd8" : "url(#fade)").end();
      String label = d.text() + (task.deadlinesInherited() ? "*" : "");
      double room = width - MARGIN - (end + LABEL_GAP);
      if (labelWidth(label) <= room) {
        svg.start("text").attr("x", end + LABEL_GAP).attr("y", mid + 4).attr("font-size", 11)
            .attr("fill", "#1f3b63").text(label).end();
      } else {
        // A long deadline (2010年开始规划建设,力争2012年底前) goes inside its bar, right-aligned.
        svg.start("text").attr("x", end - 6).attr("y", mid + 3.5).attr("font-size", 10).attr("fill", "#ffffff")
            .attr("text-anchor", "end").text(DisplayWidth.fit(label, (int) ((end - start - 12) / 5))).end();
      }
    }
    if (from.isPresent()) {
      double start = axis.yearStart(from.get().startYear().getAsInt());
      double end = AXIS_X + axis.years() * YEAR_WIDTH - 2;
      svg.start("line").attr("class", "from").attr("x1", start).attr("y1", mid).attr("x2", end - 8)
          .attr("y2", mid).attr("stroke", "#2e9d5b").attr("stroke-width", 4).end();
      svg.start("polygon").attr("class", "from").attr("points", fmt(end - 10) + "," + fmt(mid - 7) + " "
          + fmt(end) + "," + fmt(mid) + " " + fmt(end - 10) + "," + fmt(mid + 7)).attr("fill", "#2e9d5b").end();
      svg.start("text").attr("x", start + 4).attr("y", mid - 5).attr("font-size", 11).attr("fill", "#1d6b3d")
          .text(from.get().text()).end();
    }
    for (Deadline other : task.effectiveDeadlines()) {
      if (other.dueYear().isPresent() && !other.equals(due.orElse(null))) {
        double x = axis.x(other.dueDate().orElseThrow());
        svg.start("line").attr("class", "also").attr("x1", x).attr("y1", mid - 8).attr("x2", x)
            .attr("y2", mid + 8).attr("stroke", "#3b7dd8").attr("stroke-width", 3).end();
        svg.start("text").attr("x", x + LABEL_GAP).attr("y", mid + 4).attr("font-size", 11).attr("fill", "#1f3b63")
            .text(other.text()).end();
      }
    }
    for (Target target : task.targets()) {
      Optional<LocalDate> when = target.deadline().flatMap(Deadline::dueDate).or(() -> due.flatMap(Deadline::dueDate));
      if (when.isEmpty()) {
        continue;
      }
      double x = axis.x(when.get());
      svg.start("polygon").attr("class", "target").attr("points", fmt(x) + "," + fmt(mid - 8) + " "
          + fmt(x + 7) + "," + fmt(mid) + " " + fmt(x) + "," + fmt(mid + 8) + " " + fmt(x - 7) + "," + fmt(mid))
          .attr("fill", "#e8912d").attr("stroke", "#ffffff").attr("stroke-width", 1);
      svg.element("title", target.text());
      svg.end();
    }
    if (due.isEmpty() && from.isEmpty()) {
      svg.start("text").attr("x", AXIS_X + 8).attr("y", mid + 4).attr("font-size", 11).attr("fill", "#888888")
          .text("— no deadline").end();
    }
    svg.end();
  }

  private static void legend(Svg svg, int y) throws XMLStreamException {
    svg.start("g").attr("class", "legend").attr("font-size", 11).attr("fill", "#444444");
    int x = MARGIN + 8;
    svg.newline(2);
    svg.start("rect").attr("x", x).attr("y", y).attr("width", 36).attr("height", BAR_HEIGHT).attr("rx", 3)
        .attr("fill", "#3b7dd8").end();
    svg.start("text").attr("x", x + 44).attr("y", y + 10).text("start → due (2009至2010年)").end();
    x += 230;
    svg.start("rect").attr("x", x).attr("y", y).attr("width", 36).attr("height", BAR_HEIGHT).attr("rx", 3)
        .attr("fill", "url(#fade)").end();
    svg.start("text").attr("x", x + 44).attr("y", y + 10).text("due, start not stated (2012年前)").end();
    x += 250;
    svg.start("line").attr("x1", x).attr("y1", y + 6).attr("x2", x + 26).attr("y2", y + 6)
        .attr("stroke", "#2e9d5b").attr("stroke-width", 4).end();
    svg.start("polygon").attr("points", (x + 26) + "," + (y - 1) + " " + (x + 36) + "," + (y + 6) + " "
        + (x + 26) + "," + (y + 13)).attr("fill", "#2e9d5b").end();
    svg.start("text").attr("x", x + 44).attr("y", y + 10).text("from, no end (从2010年开始)").end();
    x += 210;
    svg.start("polygon").attr("points", (x + 7) + "," + (y - 2) + " " + (x + 14) + "," + (y + 6) + " "
        + (x + 7) + "," + (y + 14) + " " + x + "," + (y + 6)).attr("fill", "#e8912d").end();
    svg.start("text").attr("x", x + 22).attr("y", y + 10).text("target").end();
    svg.newline(2);
    svg.start("text").attr("x", MARGIN + 8).attr("y", y + 30)
        .text("* the deadline of the enclosing task. Bars end on the last day of the due period.").end();
    svg.newline(1);
    svg.end();
  }

  /** The width of {@code text} at 11px, roughly: 11px for a CJK character, 5.5px for others. */
  private static double labelWidth(String text) {
    return DisplayWidth.of(text) * 5.5;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** The years along the top: from the first start or due year to the last, at least one. */
  record Axis(int first, int years) {

    static Axis of(List<Task> tasks) {
      List<Integer> all = tasks.stream()
          .flatMap(t -> t.effectiveDeadlines().stream())
          .flatMap(d -> java.util.stream.Stream.of(d.startYear(), d.dueYear()))
          .filter(OptionalInt::isPresent)
          .map(OptionalInt::getAsInt)
          .collect(Collectors.toList());
      boolean open = tasks.stream().flatMap(t -> t.effectiveDeadlines().stream()).anyMatch(Deadline::isOpenEnded);
      if (all.isEmpty()) {
        return new Axis(LocalDate.now().getYear(), 1);
      }
      int first = all.stream().min(Integer::compare).orElseThrow();
      int last = all.stream().max(Integer::compare).orElseThrow();
      // An open end needs a year past its start to point into.
      int lastFrom = tasks.stream().flatMap(t -> t.effectiveDeadlines().stream())
          .filter(Deadline::isOpenEnded).mapToInt(d -> d.startYear().getAsInt()).max().orElse(first);
      if (open && lastFrom >= last) {
        last = lastFrom + 1;
      }
      // A plan with a typo'd year (20100年) must not draw ten thousand columns.
      return new Axis(first, Math.min(last - first + 1, 30));
    }

    /** The x of 1 January of {@code year}, kept on the axis. */
    double yearStart(int year) {
      return AXIS_X + Math.max(0, Math.min(years, year - first)) * (double) YEAR_WIDTH;
    }

    /** The x of the end of {@code day}, kept on the axis. */
    double x(LocalDate day) {
      double fraction = day.getDayOfYear() / (double) day.lengthOfYear();
      double at = (day.getYear() - first + fraction) * YEAR_WIDTH;
      return AXIS_X + Math.max(0, Math.min(years * (double) YEAR_WIDTH, at));
    }
  }



  /** A thin fluent layer over {@link XMLStreamWriter}. */
  private static final class Svg {
    final XMLStreamWriter out;

    Svg(XMLStreamWriter out) {
      this.out = out;
    }

    Svg start(String name) throws XMLStreamException {
      out.writeStartElement(SVG_NS, name);
      return this;
    }

    Svg attr(String name, Object value) throws XMLStreamException {
      String text = value instanceof Double ? fmt((Double) value) : String.valueOf(value);
      out.writeAttribute(name, ControlCharacters.forXml(text));
      return this;
    }

    Svg text(String text) throws XMLStreamException {
      out.writeCharacters(ControlCharacters.forXml(text));
      return this;
    }

    Svg end() throws XMLStreamException {
      out.writeEndElement();
      return this;
    }

    void element(String name, String text) throws XMLStreamException {
      start(name).text(text).end();
    }

    void newline(int depth) throws XMLStreamException {
      out.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
