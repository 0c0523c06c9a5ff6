package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.PlanParseException;
import java.util.List;

/**
 * Thrown when {@link TaskQuery#where} cannot read a query. Like java.time's {@code
 * DateTimeParseException}, it carries the text and the index of the problem, and says what was
 * expected there; for a unit or town the tasks do not know, it also names the closest ones.
 *
 * <pre>{@code
 * try {
 *   plan.tasks().where("owned by 市才政局");
 * } catch (QueryParseException e) {
 *   e.getParsedString();   // "owned by 市才政局"
 *   e.getErrorIndex();     // 9
 *   e.getExpected();       // "a unit the tasks name"
 *   e.getClosestNames();   // [市民政局, 市财政局]
 *   e.getMessage();
 *   // no unit "市才政局" among the tasks; closest: 市民政局, 市财政局 at index 9 of "owned by 市才政局"
 * }
 * }</pre>
 *
 * <p>The message is one line: control characters of the query (a line break, a tab) are shown
 * as spaces, so the index still points at the same place; a query longer than {@value
 * #LONGEST_QUOTED} characters is quoted by the {@value #EXCERPT} characters either side of the
 * index.
 */
public final class QueryParseException extends PlanParseException {

  private static final long serialVersionUID = 1L;

  /** The longest query a message quotes whole. */
  static final int LONGEST_QUOTED = 200;
  /** How many characters either side of the index a message quotes of a longer query. */
  static final int EXCERPT = 30;

  private final String expected;
  private final ImmutableList<String> closestNames;

  QueryParseException(String problem, String expected, List<String> closestNames,
      String parsedString, int errorIndex) {
    super(problem + " at index " + errorIndex + " of " + quoted(parsedString, errorIndex), parsedString, errorIndex);
    this.expected = expected;
    this.closestNames = ImmutableList.copyOf(closestNames);
  }

  /**
   * The query in quotes; one longer than {@value #LONGEST_QUOTED} characters by its length and the
   * {@value #EXCERPT} characters either side of the index, so that a message stays one short line.
   */
  private static String quoted(String s, int at) {
    if (s.length() <= LONGEST_QUOTED) {
      return "\"" + oneLine(s) + "\"";
    }
    int from = Math.max(0, at - EXCERPT);
    int to = Math.min(s.length(), at + EXCERPT);
    if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
      from--;
    }
    if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
      to++;
    }
    return "a " + s.length() + "-character query, here: \"" + (from > 0 ? "…" : "")
        + oneLine(s.substring(from, to)) + (to < s.length() ? "…" : "") + "\"";
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return sb.toString();
  }

  /** What the query should have had at the index, e.g. {@code a year such as 2011}. */
  public String getExpected() {
    return expected;
  }

  /** For an unknown unit or town, the known names closest to it; else empty. */
  public ImmutableList<String> getClosestNames() {
    return closestNames;
  }
}
