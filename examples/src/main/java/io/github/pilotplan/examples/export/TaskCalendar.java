package io.github.pilotplan.examples.export;

import com.google.common.base.Preconditions;
import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Tasks as an iCalendar (RFC 5545) document, built with ical4j: one VTODO per task that falls due.
 * {@code pilotplan calendar} writes it; a program calls {@link #write} or {@link #of}.
 *
 * <pre>{@code
 * String ics = TaskCalendar.of(plan, plan.tasks().ownedBy("市财政局").list(), Instant.now());
 * // BEGIN:VTODO
 * // UID:…@pilotplan
 * // DUE;VALUE=DATE:20111231
 * // SUMMARY:2011年前,建立社会组织专职工作人员培训上岗制度,促进社会组织专职工作人员职业化、专业…
 * // CATEGORIES:市民政局,市人事局,市机编办,市财政局
 * // DESCRIPTION:(一) › 6 › (1)\ndeadline: 2011年前\n2011年前,建立社会组织…
 * // END:VTODO
 * }</pre>
 *
 * <p>Each VTODO has: DUE, a date, the last day of the task's due period ({@link Task#dueDate()}); SUMMARY,
 * the task's title, or else its text (shortened to {@value #SUMMARY_LENGTH} characters);
 * CATEGORIES, its effective units; DESCRIPTION, its path, its deadlines as written and its full
 * text; UID, stable for the same task of the same plan from run to run (a name-based UUID of the
 * plan's name, the task's path and, for tasks that share a path, their order); DTSTAMP, the time
 * the document is made. A task without a due year (从2010年开始, or no deadline) has no VTODO.
 *
 * <p>iCalendar text holds no control characters: a form feed, NUL, ESC or any other one from the
 * plan's text is written as a space (a line break stays, escaped as {@code \n}), and the SUMMARY
 * is cut between characters, never inside a surrogate pair.
 */
public final class TaskCalendar {

  /** The longest SUMMARY made from a task's text, in characters, the ellipsis included. */
  public static final int SUMMARY_LENGTH = 40;

  /** The longest content line, in octets, without its CRLF. */
  public static final int FOLD_OCTETS = 75;

  /** The PRODID of every document. */
  public static final String PRODID = "-//pilotplan//pilotplan calendar//ZH";

  private TaskCalendar() {}

  /**
   * Writes the document for {@code tasks}, tasks of {@code plan} (a query or a list), stamped
   * {@code now}, to {@code out}, which is flushed but not closed.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("财政局.ics"))) {
   *   TaskCalendar.write(plan, plan.tasks().ownedBy("财政局"), Instant.now(), out);
   * }
   * }</pre>
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static void write(Plan plan, Iterable<Task> tasks, Instant now, Writer out) {
    Preconditions.checkNotNull(out, "out");
    try {
      out.write(of(plan, tasks, now));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document for {@code tasks}, tasks of {@code plan} (a query or a list), stamped {@code now}. */
  public static String of(Plan plan, Iterable<Task> tasks, Instant now) {
    Preconditions.checkNotNull(plan, "plan");
    Preconditions.checkNotNull(tasks, "tasks");
    Preconditions.checkNotNull(now, "now");
    Map<Task, String> uids = uids(plan);
    DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN);
    String name = plan.name().or(plan::title).orElse("pilotplan");
    calendar.add(new XProperty("X-WR-CALNAME", ControlCharacters.forICalendar(name)));
    for (Task task : tasks) {
      Optional<LocalDate> due = task.dueDate();
      if (due.isEmpty()) {
        continue;
      }
      VToDo todo = new VToDo();
      todo.add(new Uid(uids.getOrDefault(task, uid(plan, task, 0))));
      todo.replace(stamp);   // new VToDo() stamps itself with its own clock
      todo.add(new Due<>(due.get()));
      todo.add(new Summary(ControlCharacters.forICalendar(summary(task))));
      if (!task.effectiveUnits().isEmpty()) {
        todo.add(new Categories(new TextList(
            task.effectiveUnits().stream().map(Unit::name).map(ControlCharacters::forICalendar)
                .collect(Collectors.toList()))));
      }
      todo.add(new Description(ControlCharacters.forICalendar(description(task))));
      calendar.add(todo);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
    }
    return refold(out.toString());
  }

  /**
   * The document with its content lines folded at {@value #FOLD_OCTETS} octets of UTF-8, as RFC
   * 5545 §3.1 asks; ical4j folds at 75 characters, and a Chinese character takes three octets.
   * Lines are only ever broken between characters, and never inside an escape such as {@code \,}.
   */
  public static String refold(String ics) {
    String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    StringBuilder out = new StringBuilder(ics.length() + ics.length() / 20);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        // An escape (\, \; \n \\) stays on one line with the character it escapes.
        int length = line.charAt(i) == '\\' && i + 1 < line.length()
            ? 1 + Character.charCount(line.codePointAt(i + 1))
            : Character.charCount(line.codePointAt(i));
        String unit = line.substring(i, i + length);
        int size = unit.getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > FOLD_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.append(unit);
        octets += size;
        i += length;
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /**
   * The title, or the text shortened to {@value #SUMMARY_LENGTH} characters (code points, so an
   * emoji or a rare 汉字 outside the BMP is never cut in half).
   */
  static String summary(Task task) {
    if (task.title().isPresent()) {
      return task.title().get();
    }
    String text = task.text();
    if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
  }



  /** The path, the deadlines as written, and the full text, one per line. */
  static String description(Task task) {
    String deadlines = task.effectiveDeadlines().stream().map(Deadline::text)
        .collect(Collectors.joining("; "));
    return task.pathText() + "\n"
        + "deadline: " + deadlines + (task.deadlinesInherited() ? " (from the enclosing task)" : "") + "\n"
        + task.text();
  }

  /** The UID of every task of the plan, by identity. */
  private static Map<Task, String> uids(Plan plan) {
    Map<Task, String> uids = new IdentityHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Task task : plan.allTasks()) {
      int occurrence = seen.merge(task.pathText(), 1, Integer::sum) - 1;
      uids.put(task, uid(plan, task, occurrence));
    }
    return uids;
  }

  private static String uid(Plan plan, Task task, int occurrence) {
    String key = plan.name().or(plan::title).orElse("") + "\n" + task.pathText() + "\n" + occurrence;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@pilotplan";
  }
}
