package io.github.pilotplan.annotate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.text.Region;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finds quantitative targets in a statement, in one pass over its numbers.
 *
 * <pre>{@code
 * // "到2010年底,全市80%以上的城市社区达到省“六好”平安和谐社区标准。到2012年,…60%以上的农村社区…"
 * List<Target> targets = TargetGrammar.find(region, DeadlineGrammar.find(region));
 * targets.get(0).value();      // 80
 * targets.get(0).deadline();   // Optional[到2010年底]
 * targets.get(1).deadline();   // Optional[到2012年]
 * }</pre>
 *
 * <p>Three shapes are read:
 *
 * <ul>
 *   <li>{@code [全市]80%以上的城市社区达到省“六好”标准} — number, unit, comparator, subject, standard;
 *   <li>{@code 覆盖率达到90%以上} / {@code 不少于20名} — subject, verb, number, unit;
 *   <li>{@code 建成10个社区服务中心} — number, unit, subject.
 * </ul>
 *
 * <p>Numbers that are years (followed by 年) or stand inside 《…》 are not targets. Each target takes
 * the last deadline before it in the statement.
 */
public final class TargetGrammar {

  /** Digits and decimal point of the longest number read as a quantity. */
  private static final int MAX_NUMBER_LENGTH = 18;

  private static final String[] UNITS = {
      "万元", "亿元", "平方米", "万人", "%", "名", "个", "张", "家", "所", "人", "户", "项", "支", "座", "条",
      "间", "元", "次", "场", "期", "批"};
  private static final String[] STOPS = {"达到", "实现", "建成", "完成", "享有", "纳入", "参加", "参与", "覆盖"};

  private TargetGrammar() {}

  /** The targets of {@code statement}; {@code deadlines} are the statement's own, in order. */
  public static ImmutableList<Target> find(Region statement, List<Deadline> deadlines) {
    Preconditions.checkNotNull(deadlines, "deadlines"); // the scan below may never touch them
    String t = statement.text();
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<Target> out = null;
    int n = t.length();
    int quoted = 0;
    // A target belongs to the last deadline before it in the statement ("到2010年底,全市80%以上…
    // 到2012年,…60%以上…"). The deadlines are walked along with the scan: linear on any input.
    int nextDeadline = 0;
    Deadline lastDeadline = null;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!isDigit(c) && c != '《' && c != '》') {
        // Fast path: any other character neither changes the quote depth nor starts a number.
        // Skipping the deadline walk below is safe: it catches up at the next character it runs for.
        continue;
      }
      while (nextDeadline < deadlines.size()
          && deadlines.get(nextDeadline).source().offset() - statement.start() < i) {
        lastDeadline = deadlines.get(nextDeadline++);
      }
      if (c == '《') {
        quoted++;
      } else if (c == '》') {
        quoted = Math.max(0, quoted - 1);
      }
      if (quoted > 0 || !isDigit(c) || (i > 0 && (isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))) {
        continue;
      }
      int e = i;
      int dots = 0;
      while (e < n && (isDigit(t.charAt(e)) || (t.charAt(e) == '.' && e + 1 < n && isDigit(t.charAt(e + 1))))) {
        if (t.charAt(e) == '.') {
          dots++;
        }
        e++;
      }
      // A quantity has at most one decimal point and a plausible length: "1.1.2" numbers a clause
      // and a run of thousands of digits is junk (found by fuzzing: BigDecimal refused "1.1.111").
      String unit = dots > 1 || e - i > MAX_NUMBER_LENGTH ? null : unitAt(t, e);
      if (unit == null) {
        i = e - 1;
        continue;
      }
      Target target = read(statement, t, i, e, unit, lastDeadline);
      if (target != null) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(target);
      }
      i = e - 1;
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  private static Target read(Region statement, String t, int numStart, int numEnd, String unit,
      Deadline lastDeadline) {
    BigDecimal value = new BigDecimal(t.substring(numStart, numEnd));
    int k = numEnd + unit.length();
    Comparator cmp = Comparator.EXACTLY;
    for (String[] suffix : new String[][] {{"及以上", "AT_LEAST"}, {"以上", "AT_LEAST"}, {"以下", "AT_MOST"},
        {"左右", "ABOUT"}}) {
      if (t.startsWith(suffix[0], k)) {
        cmp = Comparator.valueOf(suffix[1]);
        k += suffix[0].length();
        break;
      }
    }
    int start = numStart;
    if (numStart >= 2 && (t.startsWith("全市", numStart - 2) || t.startsWith("全镇", numStart - 2))) {
      start = numStart - 2;
    }
    String subject;
    String standard = null;
    int end;
    String verbBefore = verbBefore(t, numStart);
    if (verbBefore != null) {
      // 覆盖率达到90%以上 · 不少于20名
      int vs = numStart - verbBefore.length();
      int ss = vs;
      // 、 joins an enumeration inside the subject ("市、镇两级财政"), so it does not end it here.
      while (ss > 0 && (t.charAt(ss - 1) == '、' || !isClauseBreak(t.charAt(ss - 1)))) {
        ss--;
      }
      subject = t.substring(ss, vs).trim();
      if (verbBefore.equals("不少于") || verbBefore.equals("不低于")) {
        cmp = Comparator.AT_LEAST;
      } else if (verbBefore.equals("超过")) {
        cmp = Comparator.MORE_THAN;
      } else if (verbBefore.equals("不超过") || verbBefore.equals("不高于")) {
        cmp = Comparator.AT_MOST;
      }
      start = ss;
      end = k;
      if (subject.isEmpty()) {
        return null;
      }
    } else {
      int s = k;
      if (s < t.length() && t.charAt(s) == '的') {
        s++;
      }
      int e = s;
      String stop = null;
      while (e < t.length() && !isClauseBreak(t.charAt(e))) {
        stop = stopAt(t, e);
        if (stop != null) {
          break;
        }
        e++;
      }
      subject = t.substring(s, e).trim();
      end = e;
      if (stop != null && stop.equals("达到")) {
        int ds = e + stop.length();
        int de = ds;
        while (de < t.length() && !isClauseBreak(t.charAt(de))) {
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
    }
    Target.Builder b = Target.builder()
        .text(statement.sub(start, end).text())
        .subject(subject)
        .comparator(cmp)
        .value(value)
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

  private static String verbBefore(String t, int i) {
    for (String v : new String[] {"不少于", "不低于", "不超过", "不高于", "超过", "达到"}) {
      if (i >= v.length() && t.startsWith(v, i - v.length())) {
        return v;
      }
    }
    return null;
  }

  private static String stopAt(String t, int i) {
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

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
