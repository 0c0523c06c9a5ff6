package io.github.pilotplan.annotate;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.text.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the deadlines in a statement, in one left-to-right pass (no backtracking).
 *
 * <pre>{@code
 * List<Deadline> ds = DeadlineGrammar.find(region);   // "2010年开始规划建设,力争2012年底前建立…"
 * ds.get(0).kind();                                   // RANGE 2010–2012
 * }</pre>
 *
 * <p>A year is four digits from 1900 to 2099 followed by 年 (or by 至 and a second year). Years
 * inside 《…》, 〔…〕, [...] or 〈…〉 are titles or document numbers and never deadlines. A FROM
 * followed by an end date in the same sentence is one RANGE.
 */
public final class DeadlineGrammar {

  private DeadlineGrammar() {}

  /** The deadlines of {@code statement}, in text order. */
  public static ImmutableList<Deadline> find(Region statement) {
    String t = statement.text();
    if (t.indexOf('年') < 0) {
      return ImmutableList.of(); // fast path: every deadline readAt accepts has a 年
    }
    List<Raw> raws = null; // created on the first find
    int quoted = 0;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c > '〕') {
        // Fast path: the brackets (U+3008..U+3015 and ASCII) and the digits a year opens with all
        // sort before 〕, so a character after it (most CJK text) can neither change the quote
        // depth nor start a year.
        continue;
      }
      if (c == '《' || c == '〔' || c == '[' || c == '〈' || c == '<') {
        quoted++;
        continue;
      }
      if (c == '》' || c == '〕' || c == ']' || c == '〉' || c == '>') {
        quoted = Math.max(0, quoted - 1);
        continue;
      }
      if (quoted > 0 || !isYearAt(t, i) || (i > 0 && isDigit(t.charAt(i - 1)))) {
        continue;
      }
      Raw raw = readAt(t, i);
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
    Integer dueYear;
    Integer month;
  }

  private static Raw readAt(String t, int i) {
    int n = t.length();
    int year = Integer.parseInt(t.substring(i, i + 4));
    int k = i + 4;
    Raw r = new Raw();
    r.start = i;
    // 2009至2010年 · 2009-2010年
    if (k < n && isRangeJoin(t.charAt(k)) && isYearAt(t, k + 1) && k + 5 < n && t.charAt(k + 5) == '年') {
      return range(t, r, year, Integer.parseInt(t.substring(k + 1, k + 5)), k + 6);
    }
    if (k >= n || t.charAt(k) != '年') {
      return null;
    }
    k++;
    // 2010年至2012年 · 2010年到2012年
    if (k < n && (isRangeJoin(t.charAt(k)) || t.charAt(k) == '到') && isYearAt(t, k + 1)
        && k + 5 < n && t.charAt(k + 5) == '年') {
      return range(t, r, year, Integer.parseInt(t.substring(k + 1, k + 5)), k + 6);
    }
    Integer month = null;
    int m = k;
    while (m < n && m - k < 2 && isDigit(t.charAt(m))) {
      m++;
    }
    if (m > k && m < n && t.charAt(m) == '月') {
      int v = Integer.parseInt(t.substring(k, m));
      if (v >= 1 && v <= 12) {
        month = v;
        k = m + 1;
      }
    }
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    boolean fromMarker = before == '从';
    boolean from = fromMarker;
    boolean by = before == '到' || before == '至' || before == '于';
    boolean endOf = false;
    boolean prior = false;
    if (t.startsWith("上半年", k)) {
      month = 6;
      endOf = true;
      k += 3;
    } else if (t.startsWith("下半年", k)) {
      month = 12;
      endOf = true;
      k += 3;
    } else if (t.startsWith("年底", k - 1) || t.startsWith("年末", k - 1) || t.startsWith("月底", k - 1)
        || t.startsWith("月末", k - 1)) {
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
    if (from && !endOf && !prior) {
      r.kind = DeadlineKind.FROM;
      r.startYear = year;
      return r;
    }
    r.dueYear = year;
    if (endOf) {
      r.kind = DeadlineKind.BY_END_OF;
      r.month = month == null ? 12 : month;
    } else if (prior) {
      r.kind = DeadlineKind.BEFORE;
      r.month = month;
    } else if (by) {
      r.kind = DeadlineKind.BY;
      r.month = month;
    } else {
      r.kind = DeadlineKind.IN;
      r.startYear = year;
      r.month = month;
    }
    return r;
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

  private static ImmutableList<Deadline> merge(String t, List<Raw> raws, Region statement) {
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<Deadline> out = null;
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      if (r.kind == DeadlineKind.FROM && i + 1 < raws.size()) {
        Raw next = raws.get(i + 1);
        if (next.dueYear != null && next.dueYear >= r.startYear && next.kind != DeadlineKind.RANGE
            && next.kind != DeadlineKind.FROM && !hasSentenceEnd(t, r.end, next.start)) {
          Raw merged = new Raw();
          merged.start = r.start;
          merged.end = next.end;
          merged.kind = DeadlineKind.RANGE;
          merged.startYear = r.startYear;
          merged.dueYear = next.dueYear;
          merged.month = next.month;
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
        .text(statement.sub(r.start, r.end).text())
        .kind(r.kind)
        .source(statement.span(r.start, r.end));
    if (r.startYear != null) {
      b.startYear(r.startYear);
    }
    if (r.dueYear != null) {
      b.dueYear(r.dueYear);
    }
    if (r.month != null) {
      b.dueMonth(r.month);
    }
    return b.build();
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

  private static boolean isRangeJoin(char c) {
    return c == '至' || c == '-' || c == '—' || c == '~' || c == '～' || c == '–';
  }

  private static boolean isYearAt(String t, int i) {
    if (i + 4 > t.length()) {
      return false;
    }
    for (int j = i; j < i + 4; j++) {
      if (!isDigit(t.charAt(j))) {
        return false;
      }
    }
    if (i + 4 < t.length() && isDigit(t.charAt(i + 4))) {
      return false;
    }
    char c0 = t.charAt(i);
    char c1 = t.charAt(i + 1);
    return (c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
