package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.CharClass;
import io.github.pilotplan.internal.text.Chars;
import io.github.pilotplan.internal.text.Shared;
import com.google.common.collect.Interner;
import io.github.pilotplan.internal.text.Brackets;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Region;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.DeadlineKind;
import io.github.pilotplan.model.Recurrence;

/**
 * Finds the deadlines in a statement, in one left-to-right pass (no backtracking).
 *
 * <pre>{@code
 * List<Deadline> ds = DeadlineGrammar.find(region);   // "2010年开始规划建设,力争2012年底前建立…"
 * ds.get(0).kind();                                   // RANGE 2010–2012
 * DeadlineGrammar.find(region, Optional.of(LocalDate.of(2018, 12, 5)));   // "5年内…"
 * // [5年内 (WITHIN 2018–2023/12/4)]
 * }</pre>
 *
 * <p>A year is four digits from 1900 to 2099 followed by 年 (or by 至, —, ～ and a second year),
 * then optionally a month, a day, a quarter (第三季度, 三季度末) or a half-year, then 底/末 and
 * 前/以前. Besides years the pass reads 次年 (the year after the statement's last year, or the
 * plan's), the five-year periods ("十二五"末, "十三五"期间), relative spans (5年内, 三个月内,
 * 用2年左右时间), ongoing work (长期坚持, 持续推进) and recurring dates (每年12月底前, 每月10日前).
 * Deadlines inside 《…》, 〔…〕, [...] or 〈…〉 are titles or document numbers and never deadlines.
 * A FROM followed by an end date in the same sentence is one RANGE.
 *
 * <p>Every look-around is bounded by a few characters, so the pass is linear in the statement.
 */
public final class DeadlineGrammar {

  /** Characters (other than digits and brackets) at which a non-year deadline may start or end. */
  /** Characters (other than digits and brackets) at which a non-year deadline may start or end. */
  static final String TRIGGER_CHARS = "次翌今本当十每长持常内间";
  private static final CharClass TRIGGER = CharClass.of(TRIGGER_CHARS);
  /**
   * Bit {@code c % 64} is set for each trigger character {@code c}: one shift of a register
   * rejects most characters before the table (64 KiB, far from the cache) is read.
   */
  private static final long TRIGGER_BITS;

  private static final String[] ONGOING = {
      "长期坚持", "长期开展", "长期推进", "长期实施", "持续推进", "持续开展", "持续实施", "常态化开展",
      "常态化推进", "常抓不懈"};

  static {
    long bits = 0;
    for (char c : TRIGGER_CHARS.toCharArray()) {
      bits |= 1L << c;
    }
    TRIGGER_BITS = bits;
  }

  /** The span of the rules {@link #ruleOf} builds to compute a first due date: no text of its own. */
  /** The deadlines met first, shared by equal ones ({@link #shared}); bounded as {@link Shared}'s tables. */
  private static final Interner<Deadline> DEADLINES = Shared.table(1 << 12);

  private static final io.github.pilotplan.model.SourceSpan RULE_SPAN =
      io.github.pilotplan.internal.text.SourceText.of("每").region(0, 1).span();

  private DeadlineGrammar() {}

  /** The finder of deadlines, for the {@link Annotator}. */
  public static final Finder FINDER =
      (statement, found) -> found.deadlines(
          find(statement.region(), statement.planDate(), statement.candidates()));

  /** The deadlines of {@code statement}, in text order, with relative ones unanchored. */
  public static ImmutableList<Deadline> find(Region statement) {
    return find(statement, Optional.empty());
  }

  /**
   * The deadlines of {@code statement}, in text order; relative ones (5年内, 次年, 每年12月底前) are
   * anchored at {@code planDate} when it is present.
   */
  public static ImmutableList<Deadline> find(Region statement, Optional<LocalDate> planDate) {
    Preconditions.checkNotNull(planDate, "planDate");
    return find(statement, planDate, Candidates.of(statement));
  }

  private static ImmutableList<Deadline> find(Region statement, Optional<LocalDate> planDate,
      Candidates candidates) {
    String t = statement.text();
    if (t.indexOf('年') < 0 && t.indexOf('月') < 0 && t.indexOf('五') < 0 && t.indexOf('季') < 0
        && t.indexOf('期') < 0 && t.indexOf('续') < 0 && t.indexOf('常') < 0) {
      // Fast path: every form has one of these (a year or span 年, a month 月, 十二五, 每季度, 长期,
      // 持续, 常抓); indexOf is vectorized, the scan below is not.
      return ImmutableList.of();
    }
    List<Raw> raws = null; // created on the first find
    int quoted = 0;
    int n = t.length();
    LocalDate anchor = planDate.orElse(null);
    // Only digits, quoting brackets and the trigger characters can open, close or change anything.
    Candidates.Cursor at = candidates.cursor(Candidates.DIGIT | Candidates.QUOTING | Candidates.DEADLINE_WORD);
    for (int i = at.next(0); i >= 0; i = at.next(i + 1)) {
      char c = t.charAt(i);
      Raw raw = null;
      if (c > '〕') {
        // Fast path: the brackets (U+3008..U+3015 and ASCII) and the digits a year opens with all
        // sort before 〕; after it only the few trigger characters can start or end a deadline.
        if (((TRIGGER_BITS >>> c) & 1) == 0 || !TRIGGER.contains(c) || quoted > 0) {
          continue;
        }
        int floor = raws == null ? 0 : raws.get(raws.size() - 1).end;
        raw = readWord(t, i, floor, raws, anchor);
      } else {
        if (Brackets.QUOTING.opens(c)) {
          quoted++;
          continue;
        }
        if (Brackets.QUOTING.closes(c)) {
          quoted = Math.max(0, quoted - 1);
          continue;
        }
        if (quoted > 0 || !Chars.isDigit(c) || (i > 0 && Chars.isDigit(t.charAt(i - 1)))) {
          continue; // a year and a month-only date both open with a digit
        }
        if (!isYearAt(t, i)) {
          if (Chars.isDigit(c)) {
            raw = monthOnly(t, i, raws, anchor);
          }
        } else if (i == 0 || (t.charAt(i - 1) != '比' && t.charAt(i - 1) != '较')) {
          // 比2015年下降15%: a base year, not a deadline
          raw = readAt(t, i, i + 4, Integer.parseInt(t, i, i + 4, 10), anchor);
        }
      }
      if (raw != null) {
        if (raws == null) {
          raws = new ArrayList<>(2);
        }
        raws.add(raw);
        i = raw.end - 1;
      }
    }
    return raws == null ? ImmutableList.of() : merge(t, raws, statement);
  }

  /** One deadline expression before merging. */
  private static final class Raw {
    int start;
    int end;
    DeadlineKind kind;
    Integer startYear;
    Integer startMonth;
    Integer startDay;
    Integer dueYear;
    Integer month;
    Integer day;
    Integer spanMonths;
    Integer yearsAfter;
    Recurrence recurrence;
  }

  /**
   * Reads a deadline whose year is {@code year}, written from {@code i} to {@code k} (the four
   * digits, or 次年); {@code year} 0 stands for a year the text does not give.
   */
  private static Raw readAt(String t, int i, int k, int year, LocalDate anchor) {
    return readAt(t, i, k, year, anchor, 1);
  }

  /** As above; {@code yearsAfter} is how far past the unknown base year {@code year} 0 lies. */
  private static Raw readAt(String t, int i, int k, int year, LocalDate anchor, int yearsAfter) {
    int n = t.length();
    Raw r = new Raw();
    r.start = i;
    // 2009至2010年 · 2018—2020年 · 2018——2020年
    int j = skipJoins(t, k);
    if (year > 0 && j > k && isYearAt(t, j) && j + 4 < n && t.charAt(j + 4) == '年') {
      return range(t, r, year, Integer.parseInt(t, j, j + 4, 10), j + 5);
    }
    if (k >= n || t.charAt(k) != '年') {
      return null;
    }
    k++;
    // 2010年至2012年 · 2010年到2012年 · 2018年—2020年
    j = k < n && t.charAt(k) == '到' ? k + 1 : skipJoins(t, k);
    if (year > 0 && j > k && isYearAt(t, j) && j + 4 < n && t.charAt(j + 4) == '年') {
      return range(t, r, year, Integer.parseInt(t, j, j + 4, 10), j + 5);
    }
    Integer month = null;
    Integer day = null;
    Integer startMonth = null;
    int m = k;
    while (m < n && m - k < 2 && Chars.isDigit(t.charAt(m))) {
      m++;
    }
    if (m > k && m < n && t.charAt(m) == '月') {
      int v = Integer.parseInt(t, k, m, 10);
      if (v >= 1 && v <= 12) {
        month = v;
        k = m + 1;
        int d = k;
        while (d < n && d - k < 2 && Chars.isDigit(t.charAt(d))) {
          d++;
        }
        if (d > k && d < n && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
          int dv = Integer.parseInt(t, k, d, 10);
          if (dv >= 1 && (year == 0 || YearMonth.of(year, v).isValidDay(dv)) && dv <= 31) {
            day = dv;
            k = d + 1;
          }
        }
      }
    }
    boolean quarterEnd = false;
    if (month == null) {
      // 2019年第三季度 · 2019年三季度末 · 2019年3季度
      int q = k < n && t.charAt(k) == '第' ? k + 1 : k;
      int qv = q < n ? (Chars.isDigit(t.charAt(q)) ? t.charAt(q) - '0' : Numerals.digit(t.charAt(q))) : -1;
      if (qv >= 1 && qv <= 4 && (t.startsWith("季度", q + 1) || t.startsWith("季", q + 1))) {
        startMonth = qv * 3 - 2;
        month = qv * 3;
        k = q + (t.startsWith("季度", q + 1) ? 3 : 2);
        quarterEnd = true;
      }
    }
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    boolean fromMarker = before == '从';
    boolean from = fromMarker;
    boolean by = before == '到' || before == '至' || before == '于';
    boolean endOf = false;
    boolean prior = false;
    if (month == null && t.startsWith("上半年", k)) {
      month = 6;
      endOf = true;
      k += 3;
    } else if (month == null && t.startsWith("下半年", k)) {
      month = 12;
      endOf = true;
      k += 3;
    } else if (day == null && (t.startsWith("年底", k - 1) || t.startsWith("年末", k - 1)
        || t.startsWith("月底", k - 1) || t.startsWith("月末", k - 1))) {
      endOf = true;
      k++;
    } else if (month == null && (t.startsWith("年底", k) || t.startsWith("年末", k))) {
      endOf = true; // 2020年年底前
      k += 2;
    } else if (quarterEnd && (t.startsWith("末", k) || t.startsWith("底", k))) {
      endOf = true;
      k++;
    }
    if (t.startsWith("以前", k) || t.startsWith("之前", k)) {
      prior = true;
      k += 2;
    } else if (t.startsWith("前", k)) {
      prior = true;
      k++;
    } else if (t.startsWith("开始", k)) {
      from = true;
      k += 2;
    } else if (t.startsWith("起", k) && !t.startsWith("起草", k)) {
      from = true;
      k++;
    }
    if (fromMarker || by) {
      r.start = i - 1;
    }
    r.end = k;
    if (year == 0) {
      if (from && !endOf && !prior) {
        return null; // 从次年起 without a year to count from: nothing to hold
      }
      r.yearsAfter = yearsAfter;
    }
    if (from && !endOf && !prior) {
      r.kind = DeadlineKind.FROM;
      r.startYear = year;
      r.startMonth = month == null ? null : (startMonth != null ? startMonth : month);
      r.startDay = r.startMonth == null || day == null ? null : day;
      return r;
    }
    r.dueYear = year == 0 ? null : year;
    r.day = day;
    if (endOf) {
      r.kind = DeadlineKind.BY_END_OF;
      r.month = month == null ? 12 : month;
    } else if (prior) {
      r.kind = DeadlineKind.BEFORE;
      r.month = month;
    } else if (by) {
      r.kind = DeadlineKind.BY;
      r.month = month;
    } else if (year == 0) {
      r.kind = DeadlineKind.BY;
      r.month = month;
    } else {
      r.kind = DeadlineKind.IN;
      r.startYear = year;
      r.month = month;
      if (startMonth != null) {
        r.startMonth = startMonth;
      } else if (month != null) {
        r.startMonth = month;
        r.startDay = day;
      }
    }
    return r;
  }

  /**
   * 5月底前 · 6月30日前 · 3月前: a month (and day) without a year, in the statement's last year or
   * else the plan's; only with 底, 末 or 前 after it (6月 alone is too often no deadline).
   */
  private static Raw monthOnly(String t, int i, List<Raw> raws, LocalDate anchor) {
    int n = t.length();
    int m = i;
    while (m < n && m - i < 2 && Chars.isDigit(t.charAt(m))) {
      m++;
    }
    if (m >= n || t.charAt(m) != '月' || (i > 0 && (t.charAt(i - 1) == '年' || t.charAt(i - 1) == '-'))) {
      return null;
    }
    int month = Integer.parseInt(t, i, m, 10);
    if (month < 1 || month > 12) {
      return null;
    }
    int k = m + 1;
    Integer day = null;
    int d = k;
    while (d < n && d - k < 2 && Chars.isDigit(t.charAt(d))) {
      d++;
    }
    if (d > k && d < n && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
      int dv = Integer.parseInt(t, k, d, 10);
      if (dv < 1 || dv > YearMonth.of(2000, month).lengthOfMonth()) {
        return null;
      }
      day = dv;
      k = d + 1;
    }
    boolean endOf = false;
    if (day == null && (t.startsWith("底", k) || t.startsWith("末", k))) {
      endOf = true;
      k++;
    }
    boolean prior = false;
    if (t.startsWith("以前", k) || t.startsWith("之前", k)) {
      prior = true;
      k += 2;
    } else if (t.startsWith("前", k)) {
      prior = true;
      k++;
    }
    if (!endOf && !prior) {
      return null;
    }
    int year = lastYear(raws);
    if (year == 0 && anchor != null) {
      year = anchor.getYear();
    }
    if (year != 0 && day != null && !YearMonth.of(year, month).isValidDay(day)) {
      day = null; // 2月29日 in a year without one: the month's end
    }
    Raw r = new Raw();
    r.start = i;
    r.end = k;
    r.kind = endOf ? DeadlineKind.BY_END_OF : DeadlineKind.BEFORE;
    r.month = month;
    r.day = day;
    if (year != 0) {
      r.dueYear = year;
    } else {
      r.yearsAfter = 0;
    }
    return r;
  }

  private static int skipJoins(String t, int k) {
    int j = k;
    while (j < t.length() && j - k < 2 && isRangeJoin(t.charAt(j))) {
      j++;
    }
    return j;
  }

  private static Raw range(String t, Raw r, int from, int to, int k) {
    if (to < from) {
      return null;
    }
    int n = t.length();
    if (k < n && (t.charAt(k) == '底' || t.charAt(k) == '末')) {
      r.month = 12;
      k++;
    }
    if (t.startsWith("以前", k) || t.startsWith("之前", k)) {
      k += 2;
    } else if (k < n && t.charAt(k) == '前') {
      k++;
    }
    if (r.start > 0 && t.charAt(r.start - 1) == '从') {
      r.start--;
    }
    r.end = k;
    r.kind = DeadlineKind.RANGE;
    r.startYear = from;
    r.dueYear = to;
    return r;
  }

  /**
   * Reads a deadline without a four-digit year at trigger character {@code i}: forward from 次年,
   * a five-year period, 每…, an ongoing phrase; backward from the 内 of 5年内 or the 间 of 用2年时间,
   * but never back past {@code floor} (the end of the last deadline found).
   */
  private static Raw readWord(String t, int i, int floor, List<Raw> raws, LocalDate anchor) {
    char c = t.charAt(i);
    switch (c) {
      case '次':
      case '翌':
        if (i + 1 < t.length() && t.charAt(i + 1) == '年' && (i + 2 >= t.length() || t.charAt(i + 2) != '度')) {
          int base = lastYear(raws);
          if (base == 0 && anchor != null) {
            base = anchor.getYear();
          }
          Raw r = readAt(t, i, i + 1, base == 0 ? 0 : base + 1, anchor);
          if (r != null && r.start < floor) {
            r.start = i;
          }
          return r;
        }
        return null;
      case '今':
      case '本':
      case '当':
        // 今年3月底前 · 本年度 · 当年: the plan's year (当年: the statement's last year, if any)
        if (i + 1 < t.length() && t.charAt(i + 1) == '年' && (c != '本' || !t.startsWith("本年度", i))) {
          int base = c == '当' ? lastYear(raws) : 0;
          if (base == 0 && anchor != null) {
            base = anchor.getYear();
          }
          Raw r = readAt(t, i, i + 1, base, anchor, 0);
          // 今年 alone is no deadline: it needs a month, 底/末 or 前 to name a time
          if (r == null || r.end <= i + 2 || (r.start < floor)) {
            return null;
          }
          return r;
        }
        return null;
      case '十':
        return fiveYearPlan(t, i);
      case '每':
        return recurring(t, i, anchor);
      case '长':
      case '持':
      case '常':
        for (String s : ONGOING) {
          if (t.startsWith(s, i) && isTimeClause(t, i, i + s.length())) {
            Raw r = new Raw();
            r.start = i;
            r.end = i + s.length();
            r.kind = DeadlineKind.ONGOING;
            return r;
          }
        }
        return null;
      case '内':
      case '间':
        return within(t, i, floor, anchor);
      default:
        return null;
    }
  }

  /**
   * Whether the ongoing phrase at {@code [from, to)} is said as a time — it closes its clause
   * (各镇街要长期坚持,) or follows a time label (完成时限:持续推进) — rather than as the verb of a
   * clause (持续推进棚户区改造), which every plan says of many tasks.
   */
  private static boolean isTimeClause(String t, int from, int to) {
    if (to >= t.length() || isClauseEnd(t.charAt(to))) {
      return true;
    }
    int k = from;
    while (k > 0 && (t.charAt(k - 1) == ':' || t.charAt(k - 1) == ' ')) {
      k--;
    }
    return k < from && (t.startsWith("时限", k - 2) || t.startsWith("时间", k - 2) || t.startsWith("期限", k - 2));
  }

  private static boolean isClauseEnd(char c) {
    return c == ',' || c == '。' || c == ';' || c == ')' || c == '、' || c == ' ' || c == '\n' || c == '!'
        || c == '；' || c == '，';
  }

  private static int lastYear(List<Raw> raws) {
    if (raws == null) {
      return 0;
    }
    for (int k = raws.size() - 1; k >= 0; k--) {
      Raw r = raws.get(k);
      if (r.dueYear != null) {
        return r.dueYear;
      }
      if (r.startYear != null) {
        return r.startYear;
      }
    }
    return 0;
  }

  /** 到“十二五”末 · “十三五”期间 · 十四五时期: the periods 2006–2010 … 2021–2025. */
  private static Raw fiveYearPlan(String t, int i) {
    int n = t.length();
    if (i + 2 >= n || t.charAt(i + 2) != '五') {
      return null;
    }
    int ordinal = Numerals.digit(t.charAt(i + 1));
    if (ordinal < 1 || ordinal > 4) {
      return null;
    }
    int first = 2001 + 5 * ordinal;
    int start = i;
    if (start > 0 && isOpenQuote(t.charAt(start - 1))) {
      start--;
    }
    boolean by = start > 0 && (t.charAt(start - 1) == '到' || t.charAt(start - 1) == '至');
    int k = i + 3;
    if (k < n && isCloseQuote(t.charAt(k))) {
      k++;
    }
    Raw r = new Raw();
    if (t.startsWith("期末", k) || t.startsWith("末期", k)) {
      k += 2;
      r.kind = DeadlineKind.BY_END_OF;
    } else if (t.startsWith("末", k)) {
      k++;
      r.kind = DeadlineKind.BY_END_OF;
    } else if (t.startsWith("期间", k) || t.startsWith("时期", k) || t.startsWith("期内", k)) {
      k += 2;
      r.kind = DeadlineKind.RANGE;
    } else if (by) {
      r.kind = DeadlineKind.BY;
    } else {
      return null; // 十二五规划: a name, not a time
    }
    if (t.startsWith("前", k)) {
      k++;
    }
    r.start = by ? start - 1 : start;
    r.end = k;
    r.dueYear = first + 4;
    if (r.kind == DeadlineKind.RANGE) {
      r.startYear = first;
    } else {
      r.month = 12;
    }
    return r;
  }

  /** 每年12月底前 · 每年6月30日前 · 每季度末 · 每半年 末 · 每月10日前 · 每月底前. */
  private static Raw recurring(String t, int i, LocalDate anchor) {
    int n = t.length();
    int k = i + 1;
    Recurrence rec;
    if (t.startsWith("年", k)) {
      rec = Recurrence.YEARLY;
      k++;
    } else if (t.startsWith("半年", k)) {
      rec = Recurrence.HALF_YEARLY;
      k += 2;
    } else if (t.startsWith("季度", k)) {
      rec = Recurrence.QUARTERLY;
      k += 2;
    } else if (t.startsWith("季", k)) {
      rec = Recurrence.QUARTERLY;
      k++;
    } else if (t.startsWith("月", k)) {
      rec = Recurrence.MONTHLY;
      k++;
    } else {
      return null;
    }
    Integer month = null;
    Integer day = null;
    boolean dated = false;
    if (rec == Recurrence.YEARLY) {
      int m = k;
      while (m < n && m - k < 2 && Chars.isDigit(t.charAt(m))) {
        m++;
      }
      if (m > k && m < n && t.charAt(m) == '月') {
        int v = Integer.parseInt(t, k, m, 10);
        if (v < 1 || v > 12) {
          return null;
        }
        month = v;
        k = m + 1;
        dated = true;
      } else {
        return null; // 每年安排经费: how often, not when
      }
    }
    if (rec == Recurrence.YEARLY || rec == Recurrence.MONTHLY) {
      int d = k;
      while (d < n && d - k < 2 && Chars.isDigit(t.charAt(d))) {
        d++;
      }
      if (d > k && d < n && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
        int v = Integer.parseInt(t, k, d, 10);
        if (v < 1 || v > (month == null ? 31 : YearMonth.of(2000, month).lengthOfMonth())) {
          return null;
        }
        day = v;
        k = d + 1;
        dated = true;
      }
    }
    if (day == null && (t.startsWith("底", k) || t.startsWith("末", k))) {
      k++;
      dated = true;
    }
    if (!dated) {
      return null;
    }
    if (t.startsWith("以前", k) || t.startsWith("之前", k)) {
      k += 2;
    } else if (t.startsWith("前", k)) {
      k++;
    }
    Raw r = new Raw();
    r.start = i;
    r.end = k;
    r.kind = DeadlineKind.RECURRING;
    r.recurrence = rec;
    r.month = month;
    r.day = day;
    if (anchor != null) {
      LocalDate first = ruleOf(rec, month, day).nextDueDate(anchor).orElseThrow();
      r.dueYear = first.getYear();
      r.month = first.getMonthValue();
      r.day = day == null ? null : first.getDayOfMonth();
    }
    return r;
  }

  private static Deadline ruleOf(Recurrence rec, Integer month, Integer day) {
    Deadline.Builder b = Deadline.builder().text("每").kind(DeadlineKind.RECURRING).recurrence(rec)
        .source(RULE_SPAN);
    if (month != null) {
      b.dueMonth(month);
    }
    if (day != null) {
      b.dueDay(day);
    }
    return b.build();
  }

  /**
   * Reads backward from the 内 of 5年内 / 三个月内 / 两年以内, or the 间 of 用2年左右时间, never
   * past {@code floor}.
   */
  private static Raw within(String t, int i, int floor, LocalDate anchor) {
    int k = i; // exclusive end of the expression, after the trigger
    int j;     // moving backward
    if (t.charAt(i) == '间') {
      if (i < 1 || t.charAt(i - 1) != '时') {
        return null;
      }
      j = i - 2;
      if (j >= 0 && t.charAt(j) == '的') {
        j--;
      }
    } else {
      j = i - 1;
      if (j >= 0 && (t.charAt(j) == '以' || t.charAt(j) == '之')) {
        j--;
      }
    }
    if (j >= 0 && j - 1 >= 0 && t.startsWith("左右", j - 1)) {
      j -= 2;
    }
    if (j < 0) {
      return null;
    }
    int monthsPer;
    if (t.charAt(j) == '年') {
      monthsPer = 12;
      j--;
    } else if (t.charAt(j) == '月' && j >= 1 && t.charAt(j - 1) == '个') {
      monthsPer = 1;
      j -= 2;
    } else {
      return null;
    }
    if (j >= 0 && t.charAt(j) == '多') {
      j--; // 一年多: at least the year
    }
    int numEnd = j + 1;
    int numStart = numEnd;
    while (numStart > floor && numEnd - numStart < 4
        && (Chars.isDigit(t.charAt(numStart - 1)) || Numerals.isChinese(t.charAt(numStart - 1))
        || t.charAt(numStart - 1) == '半')) {
      numStart--;
    }
    if (numStart == numEnd || (numStart > 0 && (Chars.isDigit(t.charAt(numStart - 1))))) {
      return null;
    }
    // 三到五年 · 3至5年 · 3-5年: the upper bound counts
    String num = t.substring(numStart, numEnd);
    int months;
    if (num.equals("半")) {
      months = monthsPer == 12 ? 6 : 0;
    } else if (Chars.isDigit(num.charAt(0))) {
      boolean allDigits = num.chars().allMatch(ch -> ch >= '0' && ch <= '9');
      months = allDigits && num.length() <= 2 ? Integer.parseInt(num) * monthsPer : 0;
    } else {
      long v = Numerals.parseChinese(num, 0, num.length());
      months = v > 0 && v <= 50 ? (int) v * monthsPer : 0;
    }
    if (months <= 0) {
      return null;
    }
    int start = numStart;
    boolean used = start > floor && (t.charAt(start - 1) == '用');
    if (t.charAt(i) == '间' && !used) {
      return null; // 2年时间 without 用 is a length, not a deadline
    }
    if (used) {
      start--;
      if (start > floor && t.charAt(start - 1) == '利') {
        start--;
      }
    }
    for (int b = start - 1; b >= floor && b >= start - 12; b--) {
      char x = t.charAt(b);
      if (x == '距' || x == '龄') {
        return null; // 距法定退休年龄五年以内: a distance or an age, not a time to work in
      }
      if (isSentenceEnd(x) || x == ',') {
        break;
      }
    }
    Raw r = new Raw();
    r.start = start;
    r.end = k + 1;
    r.kind = DeadlineKind.WITHIN;
    r.spanMonths = months;
    if (anchor != null) {
      LocalDate due = anchor.plusMonths(months).minusDays(1);
      r.startYear = anchor.getYear();
      r.startMonth = anchor.getMonthValue();
      r.startDay = anchor.getDayOfMonth();
      r.dueYear = due.getYear();
      r.month = due.getMonthValue();
      r.day = due.getDayOfMonth();
    }
    return r;
  }

  private static ImmutableList<Deadline> merge(String t, List<Raw> raws, Region statement) {
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<Deadline> out = null;
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      if (r.kind == DeadlineKind.FROM && i + 1 < raws.size() && raws.get(i + 1).kind == DeadlineKind.WITHIN
          && !hasSentenceEnd(t, r.end, raws.get(i + 1).start)) {
        // 2012年起5年内 · 从2015年起,用3年时间,到2017年: the span counts from the stated year
        Raw w = raws.get(i + 1);
        LocalDate from = LocalDate.of(r.startYear, r.startMonth == null ? 1 : r.startMonth,
            r.startDay == null ? 1 : r.startDay);
        LocalDate due = from.plusMonths(w.spanMonths).minusDays(1);
        Raw merged = new Raw();
        merged.start = r.start;
        merged.end = w.end;
        merged.kind = DeadlineKind.RANGE;
        merged.startYear = r.startYear;
        merged.startMonth = r.startMonth;
        merged.startDay = r.startDay;
        merged.dueYear = due.getYear();
        merged.month = due.getMonthValue() == 12 && due.getDayOfMonth() == 31 ? null : due.getMonthValue();
        merged.day = due.equals(YearMonth.from(due).atEndOfMonth()) ? null : due.getDayOfMonth();
        i++;
        if (i + 1 < raws.size() && raws.get(i + 1).startYear == null && raws.get(i + 1).dueYear != null
            && raws.get(i + 1).dueYear == due.getYear() && !hasSentenceEnd(t, w.end, raws.get(i + 1).start)) {
          merged.end = raws.get(i + 1).end; // …,到2017年: the same end, said again
          i++;
        }
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(build(merged, statement));
        continue;
      }
      if (r.kind == DeadlineKind.FROM && i + 1 < raws.size()) {
        Raw next = raws.get(i + 1);
        if (next.dueYear != null && next.dueYear >= r.startYear && next.startYear == null
            && next.kind != DeadlineKind.RECURRING && !hasSentenceEnd(t, r.end, next.start)) {
          Raw merged = new Raw();
          merged.start = r.start;
          merged.end = next.end;
          merged.kind = DeadlineKind.RANGE;
          merged.startYear = r.startYear;
          merged.startMonth = r.startMonth;
          merged.startDay = r.startDay;
          merged.dueYear = next.dueYear;
          merged.month = next.month;
          merged.day = next.day;
          if (out == null) {
            out = ImmutableList.builder();
          }
          out.add(build(merged, statement));
          i++;
          continue;
        }
      }
      if (out == null) {
        out = ImmutableList.builder();
      }
      out.add(build(r, statement));
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  private static Deadline build(Raw r, Region statement) {
    Deadline.Builder b = Deadline.builder()
        .text(Shared.word(statement.sub(r.start, r.end).text()))
        .kind(r.kind)
        .source(statement.span(r.start, r.end));
    if (r.startYear != null) {
      b.startYear(r.startYear);
      if (r.startMonth != null && (r.startMonth != 1 || r.startDay != null)) {
        b.startMonth(r.startMonth);
        if (r.startDay != null) {
          b.startDay(r.startDay);
        }
      }
    }
    if (r.dueYear != null) {
      b.dueYear(r.dueYear);
    }
    if (r.month != null) {
      b.dueMonth(r.month);
    }
    if (r.day != null) {
      b.dueDay(r.day);
    }
    if (r.spanMonths != null) {
      b.spanMonths(r.spanMonths);
    }
    if (r.yearsAfter != null) {
      b.yearsAfter(r.yearsAfter);
    }
    if (r.recurrence != null) {
      b.recurrence(r.recurrence);
    }
    return shared(b.build());
  }

  /**
   * {@code d}, holding the values of the first deadline equal to it that the loader met (2012年前 is
   * one deadline in a thousand places): that deadline itself the first time, after that its values
   * at {@code d}'s span ({@link Deadline#withSource}), so a plan holds each deadline's values once
   * and a span for each place.
   */
  private static Deadline shared(Deadline d) {
    Deadline first = DEADLINES.intern(d);
    return first == d ? d : first.withSource(d.source());
  }

  /** Whether a sentence ends between {@code from} and {@code to}. */
  static boolean hasSentenceEnd(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isSentenceEnd(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isSentenceEnd(char c) {
    return c == '。' || c == ';' || c == '!' || c == '?' || c == '！' || c == '？';
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '“' || c == '「' || c == '『' || c == '\'' || c == '‘';
  }

  private static boolean isCloseQuote(char c) {
    return c == '"' || c == '”' || c == '」' || c == '』' || c == '\'' || c == '’';
  }

  private static boolean isRangeJoin(char c) {
    return c == '至' || c == '-' || c == '—' || c == '~' || c == '～' || c == '–' || c == '－';
  }

  private static boolean isYearAt(String t, int i) {
    if (i + 4 > t.length()) {
      return false;
    }
    for (int j = i; j < i + 4; j++) {
      if (!Chars.isDigit(t.charAt(j))) {
        return false;
      }
    }
    if (i + 4 < t.length() && Chars.isDigit(t.charAt(i + 4))) {
      return false;
    }
    char c0 = t.charAt(i);
    char c1 = t.charAt(i + 1);
    return (c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0');
  }

}
