package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.CharClass;
import io.github.pilotplan.internal.text.Chars;
import io.github.pilotplan.internal.text.Shared;
import io.github.pilotplan.internal.text.Brackets;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ObjectArrays;
import io.github.pilotplan.internal.text.Region;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import io.github.pilotplan.model.Bound;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Target;

/**
 * Finds quantitative targets in a statement, in one pass over its numbers.
 *
 * <pre>{@code
 * // "到2010年底,全市80%以上的城市社区达到省“六好”平安和谐社区标准。到2012年,…60%以上的农村社区…"
 * List<Target> targets = TargetGrammar.find(region, DeadlineGrammar.find(region));
 * targets.get(0).value();      // 80
 * targets.get(0).deadline();   // Optional[到2010年底]
 * targets.get(1).deadline();   // Optional[到2012年]
 * // "两级筹集建设1000套专家公寓和10000套人才公寓" → 1000 套 专家公寓, 10000 套 人才公寓
 * }</pre>
 *
 * <p>Three shapes are read:
 *
 * <ul>
 *   <li>{@code [全市]80%以上的城市社区达到省“六好”标准} — number, unit, comparator, subject, standard;
 *   <li>{@code 覆盖率达到90%以上} / {@code 培训养老护理员不少于2000名} — subject, verb, number, unit
 *       (a leading action verb is not part of the subject: 养老护理员);
 *   <li>{@code 建成10个社区服务中心} / {@code 引进三千名高端人才} — number, unit, subject (the thing
 *       counted, up to the next number, 和/及/与 before another count, a clause break or a verb).
 * </ul>
 *
 * <p>Numbers are digits (1000, 1.5) or Chinese numerals (十, 三千, 两万); a Chinese numeral counts
 * only after an action verb (建设, 培训, 引进 …) or a bound (不少于, 至少, 累计 …), so 一体化 or
 * 三地 are never quantities. Numbers that are years (followed by 年) or stand inside 《…》 are not
 * targets. Each target takes the last deadline before it in the statement.
 *
 * <p>Every subject is bounded: it runs at most {@link #MAX_SUBJECT} characters and never back
 * past the previous target, so the pass is linear in the statement whatever it holds.
 */
public final class TargetGrammar {

  /** Digits and decimal point of the longest number read as a quantity. */
  private static final int MAX_NUMBER_LENGTH = 18;

  /** The longest subject or standard read, in characters. */
  static final int MAX_SUBJECT = 30;

  /** Measure words, longest first so that 万平方米 wins over 万人 and 人次 over 人. */
  private static final String[] UNITS = sortedLongestFirst(
      "万元", "亿元", "千元", "平方米", "平方公里", "公里", "千米", "人次", "场次", "批次", "项次",
      "个百分点", "%", "名", "个", "张", "家", "所", "人", "户", "项", "支", "座", "条", "间", "元", "次", "场",
      "期", "批", "套", "台", "辆", "处", "栋", "幢", "种", "位", "亩", "件", "门", "床", "部", "份", "篇");
  private static final String[] STOPS = {"达到", "实现", "建成", "完成", "享有", "纳入", "参加", "参与", "覆盖"};

  /** Verbs whose object is counted: a subject that opens with one is the thing after it. */
  private static final String[] ACTIONS = sortedLongestFirst(
      "建设", "建成", "建立", "培训", "培养", "引进", "服务", "新增", "完成", "筹集", "新建", "改造", "扶持",
      "培育", "打造", "招聘", "吸引", "资助", "评选", "创建", "发展", "举办", "开展", "组织", "提供", "安置",
      "帮扶", "认定", "设立", "配备", "扩建", "改建", "落实", "直接服务", "安排");

  /** Bounds before a number: the comparator each gives. */
  private static final String[][] BOUNDS = {
      {"不少于", "AT_LEAST"}, {"不低于", "AT_LEAST"}, {"至少", "AT_LEAST"}, {"不超过", "AT_MOST"},
      {"不高于", "AT_MOST"}, {"控制在", "AT_MOST"}, {"超过", "MORE_THAN"}, {"达到", "EXACTLY"},
      {"累计", "EXACTLY"}, {"力争", "EXACTLY"}, {"约", "ABOUT"}, {"降低", "EXACTLY"}, {"下降", "EXACTLY"},
      {"提高", "EXACTLY"}, {"提高到", "EXACTLY"}, {"增长", "EXACTLY"}, {"减少", "EXACTLY"}, {"提升", "EXACTLY"},
      {"提升到", "EXACTLY"}};

  /**
   * The bounds {@link #boundAt} looks for (those of two characters or more but 达到), and the
   * characters they and the {@link #STOPS} start with: a subject's scan tests a character against
   * the words only where one of them starts.
   */
  private static final String[] BOUNDS_AT = Arrays.stream(BOUNDS).map(b -> b[0])
      .filter(b -> b.length() > 1 && !b.equals("达到")).toArray(String[]::new);
  private static final CharClass BOUND_AT_FIRST = CharClass.firstCharsOf(BOUNDS_AT);
  private static final CharClass STOP_FIRST = CharClass.firstCharsOf(STOPS);
  /** The bounds after a quantity (及以上 …) with the comparator each gives. */
  private static final String[] SUFFIXES = {"及以上", "以上", "以下", "以内", "左右"};
  private static final Bound[] SUFFIX_BOUNDS = {Bound.AT_LEAST, Bound.AT_LEAST, Bound.AT_MOST, Bound.AT_MOST,
      Bound.ABOUT};

  /** Bounds after which the subject stands before the bound (覆盖率达到90%, 社工不少于1000名). */
  private static final java.util.Set<String> SUBJECT_BEFORE =
      java.util.Set.of("不少于", "不低于", "不超过", "不高于", "超过", "达到", "至少", "控制在", "降低", "下降",
          "提高", "提高到", "增长", "减少", "提升", "提升到");

  /** Chinese numeral characters (一…九, 十百千万亿, 两, 零〇). */
  private static final CharClass NUMERAL = CharClass.of(Numerals.CHINESE_CHARS);
  /** First characters of the measure words, and of 万 and 亿 (三千万人). */
  private static final CharClass UNIT_FIRST =
      CharClass.firstCharsOf(ObjectArrays.concat(new String[] {"万", "亿"}, UNITS, String.class));
  /** Bit {@code c % 64} of each Chinese numeral character: a register test before the table. */
  private static final long NUMERAL_BITS;

  static {
    long bits = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      if (NUMERAL.contains(c)) {
        bits |= 1L << c;
      }
    }
    NUMERAL_BITS = bits;
  }

  private TargetGrammar() {}

  /** The finder of targets, for the {@link Annotator}: it runs after the deadlines' finder. */
  public static final Finder FINDER =
      (statement, found) -> found.targets(find(statement.region(), found.deadlines(), statement.candidates()));

  private static String[] sortedLongestFirst(String... s) {
    String[] out = s.clone();
    Arrays.sort(out, (a, b) -> b.length() - a.length());
    return out;
  }

  /** The targets of {@code statement}; {@code deadlines} are the statement's own, in order. */
  public static ImmutableList<Target> find(Region statement, List<Deadline> deadlines) {
    Preconditions.checkNotNull(deadlines, "deadlines"); // the scan below may never touch them
    return find(statement, deadlines, Candidates.of(statement));
  }

  private static ImmutableList<Target> find(Region statement, List<Deadline> deadlines, Candidates candidates) {
    String t = statement.text();
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<Target> out = null;
    int n = t.length();
    int quoted = 0;
    // A target belongs to the last deadline before it in the statement ("到2010年底,全市80%以上…
    // 到2012年,…60%以上…"). The deadlines are walked along with the scan: linear on any input.
    int nextDeadline = 0;
    Deadline lastDeadline = null;
    int floor = 0; // the end of the last target: no subject reaches back past it
    // Only a digit, a Chinese numeral or a title's bracket can start a number or change the depth.
    Candidates.Cursor at = candidates.cursor(Candidates.DIGIT | Candidates.NUMERAL | Candidates.TITLE);
    for (int i = at.next(0); i >= 0; i = at.next(i + 1)) {
      char c = t.charAt(i);
      boolean digit = Chars.isDigit(c);
      boolean chinese = !digit && ((NUMERAL_BITS >>> c) & 1) != 0 && NUMERAL.contains(c);
      if (!digit && !chinese && !Brackets.TITLE.opens(c) && !Brackets.TITLE.closes(c)) {
        // Fast path: any other character neither changes the quote depth nor starts a number.
        // Skipping the deadline walk below is safe: it catches up at the next character it runs for.
        continue;
      }
      while (nextDeadline < deadlines.size()
          && deadlines.get(nextDeadline).source().offset() - statement.start() < i) {
        lastDeadline = deadlines.get(nextDeadline++);
      }
      if (Brackets.TITLE.opens(c)) {
        quoted++;
        continue;
      } else if (Brackets.TITLE.closes(c)) {
        quoted = Math.max(0, quoted - 1);
        continue;
      }
      if (quoted > 0) {
        continue;
      }
      int e = i;
      BigDecimal value;
      if (digit) {
        if (i > 0 && (Chars.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
          continue;
        }
        int dots = 0;
        while (e < n && (Chars.isDigit(t.charAt(e)) || (t.charAt(e) == '.' && e + 1 < n && Chars.isDigit(t.charAt(e + 1))))) {
          if (t.charAt(e) == '.') {
            dots++;
          }
          e++;
        }
        // A quantity has at most one decimal point and a plausible length: "1.1.2" numbers a clause
        // and a run of thousands of digits is junk (found by fuzzing: BigDecimal refused "1.1.111").
        if (dots > 1 || e - i > MAX_NUMBER_LENGTH) {
          i = e - 1;
          continue;
        }
        value = null; // parsed only once a unit follows
      } else {
        if (i > 0 && NUMERAL.contains(t.charAt(i - 1))) {
          continue;
        }
        while (e < n && e - i < Numerals.MAX_LENGTH && NUMERAL.contains(t.charAt(e))) {
          e++;
        }
        if (e >= n || !UNIT_FIRST.contains(t.charAt(e))) {
          i = e - 1; // 进一步, 统一: no measure word after the numeral
          continue;
        }
        long v = Numerals.parseChinese(t, i, e);
        if (v < 2 || (e < n && Chars.isDigit(t.charAt(e))) || !countedAfterVerb(t, i, floor)) {
          i = e - 1;
          continue;
        }
        value = BigDecimal.valueOf(v);
      }
      // 320万名 · 1.5万人 · 3亿人次: 万 and 亿 multiply a count (but 万元 and 亿元 are units of money)
      int scale = 0;
      if (e < n && (t.charAt(e) == '万' || t.charAt(e) == '亿') && !t.startsWith("元", e + 1)) {
        scale = t.charAt(e) == '万' ? 4 : 8;
      }
      String unit = unitAt(t, scale > 0 ? e + 1 : e);
      if (unit == null) {
        i = e - 1;
        continue;
      }
      if (value == null) {
        value = new BigDecimal(t.substring(i, e));
      }
      if (scale > 0) {
        value = value.scaleByPowerOfTen(scale).stripTrailingZeros();
        if (value.scale() < 0) {
          value = value.setScale(0);
        }
        e++;
      }
      Target target = read(statement, t, i, e, value, unit, lastDeadline, floor);
      if (target != null) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(target);
        floor = Math.max(floor, target.source().endOffset() - statement.start());
      }
      i = Math.max(e, i + 1) - 1;
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  /** Whether the Chinese numeral at {@code i} follows an action verb or a bound. */
  private static boolean countedAfterVerb(String t, int i, int floor) {
    return actionBefore(t, i, floor) != null || boundBefore(t, i, floor) != null;
  }

  private static Target read(Region statement, String t, int numStart, int numEnd, BigDecimal value,
      String unit, Deadline lastDeadline, int floor) {
    int k = numEnd + unit.length();
    Bound cmp = Bound.EXACTLY;
    for (int x = 0; x < SUFFIXES.length; x++) {
      if (t.startsWith(SUFFIXES[x], k)) {
        cmp = SUFFIX_BOUNDS[x];
        k += SUFFIXES[x].length();
        break;
      }
    }
    int start = numStart;
    if (numStart - 2 >= floor && (t.startsWith("全市", numStart - 2) || t.startsWith("全镇", numStart - 2))) {
      start = numStart - 2;
    }
    String[] bound = boundBefore(t, numStart, floor);
    boolean subjectBefore = bound != null && SUBJECT_BEFORE.contains(bound[0]);
    int vs = bound == null ? numStart : numStart - bound[0].length();
    if (subjectBefore && actionBefore(t, vs, floor) == null) {
      // 覆盖率达到90%以上 · 培训养老护理员不少于2000名
      int ss = vs;
      // 、 joins an enumeration inside the subject ("市、镇两级财政"), so it does not end it here.
      while (ss > floor && vs - ss < MAX_SUBJECT && !Chars.isDigit(t.charAt(ss - 1))
          && (t.charAt(ss - 1) == '、' || !isClauseBreak(t.charAt(ss - 1)))) {
        ss--;
      }
      if (ss > 0 && Chars.isDigit(t.charAt(ss - 1))) {
        // another quantity just before (不少于1名不少于2名): its unit is not part of this subject
        String before = unitAt(t, ss);
        ss = before == null ? ss : Math.min(vs, ss + before.length());
      }
      String action = actionAt(t, ss, vs);
      int subjectStart = action != null ? ss + action.length() : ss;
      String subject = t.substring(subjectStart, vs).trim();
      if (!bound[1].equals("EXACTLY") || cmp == Bound.EXACTLY) {
        cmp = Bound.valueOf(bound[1]);
      }
      if (subject.isEmpty()) {
        return forward(statement, t, start, k, value, unit, cmp, lastDeadline);
      }
      subject = statement.sub(subjectStart, subjectStart + subject.length()).text().trim();
      return build(statement, ss, k, subject, cmp, value, unit, null, lastDeadline);
    }
    String action = actionBefore(t, numStart, floor);
    String[] outer = bound == null && action != null ? boundBefore(t, numStart - action.length(), floor) : null;
    if (outer != null && !outer[1].equals("EXACTLY") && cmp == Bound.EXACTLY) {
      cmp = Bound.valueOf(outer[1]); // 至少建成5个示范点
    }
    if (bound != null && !bound[1].equals("EXACTLY") && cmp == Bound.EXACTLY) {
      cmp = Bound.valueOf(bound[1]);
    }
    if (bound != null || action != null) {
      // 建成不少于10个社区服务中心 · 两级筹集建设1000套专家公寓
      start = Math.min(start, vs);
    }
    Target ahead = forward(statement, t, start, k, value, unit, cmp, lastDeadline);
    if (ahead != null || bound != null) {
      return ahead;
    }
    return afterAction(statement, t, numStart, k, value, unit, cmp, lastDeadline, floor);
  }

  /**
   * 直接服务“千人计划”等各类高端人才2000名: the number closes its clause, and the thing counted
   * stands between an action verb and the number (after the last 等 or 的, without 各类).
   */
  private static Target afterAction(Region statement, String t, int numStart, int k, BigDecimal value,
      String unit, Bound cmp, Deadline lastDeadline, int floor) {
    int ss = numStart;
    while (ss > floor && numStart - ss < MAX_SUBJECT && !isClauseBreak(t.charAt(ss - 1))
        && (!Chars.isDigit(t.charAt(ss - 1)) || (ss < numStart && Chars.isAsciiLetter(t.charAt(ss))))) {
      ss--; // a digit only as part of a name such as 5G
    }
    int verbEnd = -1;
    int verbStart = -1;
    for (int p = numStart - 1; p >= ss && verbEnd < 0; p--) {
      String v = actionAt(t, p, numStart);
      if (v != null) {
        verbStart = p;
        verbEnd = p + v.length();
      }
    }
    if (verbEnd < 0 || verbEnd >= numStart) {
      return null;
    }
    int subjectStart = verbEnd;
    for (int p = verbEnd; p < numStart; p++) {
      if (t.charAt(p) == '等' || t.charAt(p) == '的') {
        subjectStart = p + 1;
      }
    }
    for (String each : new String[] {"各类", "各种", "各级", "一批"}) {
      if (t.startsWith(each, subjectStart) && subjectStart + each.length() < numStart) {
        subjectStart += each.length();
        break;
      }
    }
    String subject = t.substring(subjectStart, numStart).trim();
    if (subject.isEmpty()) {
      return null;
    }
    subject = statement.sub(subjectStart, subjectStart + subject.length()).text().trim();
    return build(statement, verbStart, k, subject, cmp, value, unit, null, lastDeadline);
  }

  /** 建成10个社区服务中心 · 80%以上的城市社区达到省“六好”标准: the subject after the number. */
  private static Target forward(Region statement, String t, int start, int k, BigDecimal value, String unit,
      Bound cmp, Deadline lastDeadline) {
    int s = k;
    if (s < t.length() && t.charAt(s) == '的') {
      s++;
    }
    int e = s;
    String stop = null;
    int n = t.length();
    if (s + 1 < n && Chars.isDigit(t.charAt(s)) && Character.isLetter(t.charAt(s + 1)) && t.charAt(s + 1) < 128) {
      e = s + 2; // 2600个5G基站: a digit with a Latin letter opens a name
    }
    while (e < n && e - s < MAX_SUBJECT && (t.charAt(e) == '、' || !isClauseBreak(t.charAt(e)))
        && !Chars.isDigit(t.charAt(e)) && t.charAt(e) != '等' && !startsAnotherCount(t, e) && !boundAt(t, e)) {
      stop = stopAt(t, e);
      if (stop != null) {
        break;
      }
      e++;
    }
    while (e > s && t.charAt(e - 1) == '、') {
      e--;
    }
    int end = e;
    // 具有博士、硕士学位的企业紧缺人才: the thing counted is what the last 的 leads to
    for (int p = e - 1; p > s; p--) {
      if (t.charAt(p) == '的' && p + 1 < e) {
        s = p + 1;
        break;
      }
    }
    String subject = t.substring(s, e).trim();
    String standard = null;
    if (stop != null && stop.equals("达到")) {
      int ds = e + stop.length();
      int de = ds;
      while (de < n && de - ds < MAX_SUBJECT + 10 && !isClauseBreak(t.charAt(de))) {
        de++;
      }
      if (de > ds) {
        standard = statement.sub(ds, de).text().trim();
        end = de;
      }
    }
    if (subject.isEmpty()) {
      return null;
    }
    subject = statement.sub(s, s + subject.length()).text();
    return build(statement, start, end, subject, cmp, value, unit, standard, lastDeadline);
  }

  private static Target build(Region statement, int start, int end, String subject, Bound cmp,
      BigDecimal value, String unit, String standard, Deadline lastDeadline) {
    Target.Builder b = Target.builder()
        .text(Shared.word(statement.sub(start, end).text()))
        .subject(Shared.word(subject))
        .bound(cmp)
        .value(Shared.number(value))
        .unit(unit)
        .source(statement.span(start, end));
    if (standard != null) {
      b.standard(standard);
    }
    if (lastDeadline != null) {
      b.deadline(lastDeadline);
    }
    return b.build();
  }

  /** Whether a joining word at {@code e} (和, 及, 与, 、) leads to another number. */
  private static boolean startsAnotherCount(String t, int e) {
    char c = t.charAt(e);
    if (c != '和' && c != '及' && c != '与' && c != '、' && c != '或') {
      return false;
    }
    int j = e + 1;
    if (j < t.length() && t.charAt(j) == '以') {
      return false; // 及以上
    }
    // 和10000套 · 及三千名 · 和建设2个: look a few characters ahead for a number
    for (int m = j; m < t.length() && m - j < 4; m++) {
      char d = t.charAt(m);
      if (Chars.isDigit(d) || (Numerals.isChinese(d) && d != '一')) {
        return true;
      }
    }
    return false;
  }

  /** The bound (不少于, 至少, 累计 …) that ends at {@code i}, with its comparator, or null. */
  private static String[] boundBefore(String t, int i, int floor) {
    for (String[] b : BOUNDS) {
      String v = b[0];
      if (i - v.length() >= floor && t.startsWith(v, i - v.length())) {
        return b;
      }
    }
    return null;
  }

  /** Whether a bound (不少于 …) starts at {@code i}. */
  private static boolean boundAt(String t, int i) {
    if (i >= t.length() || !BOUND_AT_FIRST.contains(t.charAt(i))) {
      return false; // no bound starts with this character
    }
    for (String b : BOUNDS_AT) {
      if (t.startsWith(b, i)) {
        return true;
      }
    }
    return false;
  }

  /** The action verb that ends at {@code i}, or null. */
  private static String actionBefore(String t, int i, int floor) {
    for (String v : ACTIONS) {
      if (i - v.length() >= floor && t.startsWith(v, i - v.length())) {
        return v;
      }
    }
    return null;
  }

  /** The action verb that opens {@code t[from, to)}, or null. */
  private static String actionAt(String t, int from, int to) {
    for (String v : ACTIONS) {
      if (from + v.length() <= to && t.startsWith(v, from)) {
        return v;
      }
    }
    return null;
  }

  private static String stopAt(String t, int i) {
    if (i >= t.length() || !STOP_FIRST.contains(t.charAt(i))) {
      return null; // no stop word starts with this character
    }
    for (String s : STOPS) {
      if (t.startsWith(s, i)) {
        return s;
      }
    }
    return null;
  }

  private static String unitAt(String t, int i) {
    if (i < t.length() && (t.charAt(i) == '年' || t.charAt(i) == '月' || t.charAt(i) == '日')) {
      return null;
    }
    for (String u : UNITS) {
      if (t.startsWith(u, i)) {
        return u;
      }
    }
    return null;
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == '。' || c == ';' || c == ':' || c == '、' || c == '(' || c == ')'
        || c == '!' || c == '?' || c == '\n' || c == '\r';
  }

}
