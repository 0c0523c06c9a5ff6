package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import java.util.Optional;

/**
 * How often a task repeats, as its text says: 每年 is {@link #YEARLY}.
 *
 * <pre>{@code
 * Recurrence.find("每年安排一定专项经费");   // Optional[YEARLY]
 * }</pre>
 */
public enum Recurrence {
  /** 每年 */
  YEARLY("每年"),
  /** 每半年 */
  HALF_YEARLY("每半年"),
  /** 每季度, 每季 */
  QUARTERLY("每季"),
  /** 每月 */
  MONTHLY("每月");

  private final String marker;

  Recurrence(String marker) {
    this.marker = marker;
  }

  /** The first recurrence that {@code text} states, if any. */
  public static Optional<Recurrence> find(CharSequence text) {
    Preconditions.checkNotNull(text, "text");
    String s = text.toString();
    if (s.indexOf('每') < 0) {
      return Optional.empty(); // fast path: every marker starts with 每
    }
    Recurrence best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Recurrence r : values()) {
      int at = s.indexOf(r.marker);
      if (at >= 0 && at < bestAt) {
        best = r;
        bestAt = at;
      }
    }
    return Optional.ofNullable(best);
  }
}
