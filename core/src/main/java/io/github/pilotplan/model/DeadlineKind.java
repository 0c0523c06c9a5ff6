package io.github.pilotplan.model;

/**
 * The normalized forms of a deadline.
 *
 * <pre>{@code
 * Deadlines.parse("2012年前").kind();       // BEFORE
 * Deadlines.parse("2009至2010年").kind();   // RANGE
 * }</pre>
 *
 * <table>
 *   <caption>Deadline kinds</caption>
 *   <tr><th>as written</th><th>kind</th><th>start</th><th>due</th></tr>
 *   <tr><td>2009年</td><td>IN</td><td>2009</td><td>2009</td></tr>
 *   <tr><td>2012年前</td><td>BEFORE</td><td>–</td><td>2012</td></tr>
 *   <tr><td>到2010年</td><td>BY</td><td>–</td><td>2010</td></tr>
 *   <tr><td>2010年底前 · 到2010年底 · 2010年6月底前</td><td>BY_END_OF</td><td>–</td><td>2010 (month 12 / 6)</td></tr>
 *   <tr><td>从2010年开始 · 从2011年起</td><td>FROM</td><td>2010</td><td>none</td></tr>
 *   <tr><td>2009至2010年 · 2010年开始…力争2012年底前</td><td>RANGE</td><td>2009</td><td>2010</td></tr>
 *   <tr><td>5年内 · 用2年左右时间</td><td>WITHIN</td><td>plan's date</td><td>plan's date + span</td></tr>
 *   <tr><td>长期坚持 · 持续推进</td><td>ONGOING</td><td>–</td><td>none</td></tr>
 *   <tr><td>每年12月底前 · 每月10日前</td><td>RECURRING</td><td>plan's date</td><td>first time after it</td></tr>
 * </table>
 *
 * <p>"X年前" reads as "by X", as the pilot plan itself uses it (item 6 says 到2011年, its sub-items
 * 2011年前).
 */
public enum DeadlineKind {
  /** Within one year (or month): 2009年. */
  IN,
  /** By the given year: 2012年前. */
  BEFORE,
  /** By the given year: 到2010年. */
  BY,
  /** By the end of the given year or month: 2010年底前, 到2010年底, 2010年6月底前. */
  BY_END_OF,
  /** From the given year on, with no end: 从2010年开始. */
  FROM,
  /** From one year to another: 2009至2010年, 2018—2020年, "十二五"期间. */
  RANGE,
  /**
   * A span counted from the plan's own date: 5年内, 三年内, 用2年左右时间, 6个月内. Anchored (with
   * start and due dates) when the document states its date, else only its length ({@link
   * Deadline#spanMonths()}).
   */
  WITHIN,
  /** Work without an end: 长期坚持, 持续推进, 常态化. No years at all. */
  ONGOING,
  /**
   * A date that comes back: 每年12月底前, 每季度末, 每月10日前 ({@link Deadline#recurrence()}). Due
   * first on the plan's date or after it, when the document states its date.
   */
  RECURRING
}
