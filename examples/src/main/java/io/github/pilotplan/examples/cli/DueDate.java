package io.github.pilotplan.examples.cli;

import io.github.pilotplan.annotate.Deadline;
import io.github.pilotplan.model.Task;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a task falls due: the last day of the period its deadline names — 31 December of the due
 * year, or the last day of the due month when the deadline names one (年底 is December).
 *
 * <pre>{@code
 * // (一) › 6 › (1)   2011年前
 * DueDate.of(task);                                // Optional[2011-12-31]
 * DueDate.of(Deadline.parse("2010年6月底前"));     // Optional[2010-06-30]
 * DueDate.of(Deadline.parse("从2010年开始"));      // Optional.empty(): FROM is never due
 * }</pre>
 *
 * <p>A task with several deadlines ((二)2: 到2010年底 … 到2012年) falls due at the first of them,
 * as {@link Task#earliestDueYear()} has it.
 */
final class DueDate {

  private DueDate() {}

  /** The last day of the deadline's due period; empty for a deadline without a due year. */
  static Optional<LocalDate> of(Deadline deadline) {
    return deadline.dueDate();
  }

  /** The effective deadline that falls due first; empty when none has a due year. */
  static Optional<Deadline> deadlineOf(Task task) {
    return task.firstDueDeadline();
  }

  /** The day the task falls due; empty when no effective deadline has a due year. */
  static Optional<LocalDate> of(Task task) {
    return deadlineOf(task).flatMap(DueDate::of);
  }
}
