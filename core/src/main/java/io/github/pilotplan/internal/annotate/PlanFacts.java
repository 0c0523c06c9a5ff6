package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.SourceText;
import io.github.pilotplan.internal.text.Chars;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Cleaning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a document states about itself: its number, the bodies that issue it, the date it is
 * issued and the date it takes effect. Read from the whole text, one line at a time.
 *
 * <pre>{@code
 * PlanFacts f = PlanFacts.read("国务院办公厅关于…的通知\n国办发〔2018〕128号\n…\n国务院办公厅\n2018年12月5日\n");
 * f.documentNumber();   // Optional[国办发〔2018〕128号]
 * f.issuingBodies();    // [国务院办公厅]
 * f.issueDate();        // Optional[2018-12-05]
 * f.planDate();         // the issue date, else the date of effect: what 5年内 counts from
 * }</pre>
 *
 * <p>The rules: a document number is a line that holds only {@code 机关代字〔年份〕序号号} (the
 * number of a cited document stands inside a sentence, and is not taken); the issue date is the
 * first line that holds only a date (2018年12月5日, 二〇一八年十二月五日, in brackets or not); the
 * issuing bodies are the short lines just above it that end like a body's name (政府, 办公室,
 * 局, 委员会 …); the effective date is what {@code 自…起施行} (实施, 执行, 生效) names, or the
 * issue date for {@code 自印发之日起施行}.
 */
public final class PlanFacts {

  private static final Pattern NUMBER = Pattern.compile(
      "[\\p{IsHan}]{1,12}[〔\\[(【][12][09]\\d\\d[〕\\])】](?:\\d{1,5}|…+|\\.{3,6}|x+|X+)号");
  private static final Pattern DATE = Pattern.compile(
      "([12][09]\\d\\d|[〇○零一二三四五六七八九]{4})年([01]?\\d|[一二三四五六七八九十]{1,3})月([0-3]?\\d|[一二三四五六七八九十]{1,3})日");
  private static final Pattern EFFECT = Pattern.compile(
      "自((?:[12][09]\\d\\d)年\\d{1,2}月\\d{1,2}日|印发之日|发布之日|公布之日)起(?:施行|实施|执行|生效)");
  /** A labelled field of a web page's header: 文号 …, 成文日期 2018-11-29, 生效日期:2018年03月27. */
  private static final Pattern LABELLED_NUMBER = Pattern.compile(
      "文\\s?号[\\s:|]*([\\p{IsHan}]{1,12}[〔\\[(【][12][09]\\d\\d[〕\\])】]\\d{1,5}号)");
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(发文|成文|印发|发布|生成|生效)日期[\\s:|]*([12][09]\\d\\d)(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})");
  /** What separates the bodies on one signature line. */
  private static final Pattern BODY_SEPARATORS = Pattern.compile("\\s+|、");
  private static final String[] BODY_ENDS = {
      "政府", "办公室", "办公厅", "局", "委员会", "委", "厅", "部", "院", "办", "中心", "会", "署", "总局",
      "法院", "检察院", "管委会", "街道办事处", "党委", "组织部", "宣传部"};

  private final Optional<String> documentNumber;
  private final ImmutableList<String> issuingBodies;
  private final Optional<LocalDate> issueDate;
  private final Optional<LocalDate> effectiveDate;

  private PlanFacts(Optional<String> documentNumber, ImmutableList<String> issuingBodies,
      Optional<LocalDate> issueDate, Optional<LocalDate> effectiveDate) {
    this.documentNumber = documentNumber;
    this.issuingBodies = issuingBodies;
    this.issueDate = issueDate;
    this.effectiveDate = effectiveDate;
  }

  /** How many lines above the date line may hold the issuing bodies' names. */
  private static final int SIGNATURE_LINES = 3;

  /** The facts {@code text} (a whole document) states about itself. */
  public static PlanFacts read(CharSequence text) {
    Preconditions.checkNotNull(text, "text");
    String raw = text.toString();
    return read(raw, Cleaning.clean(raw));
  }

  /** The facts a whole document states about itself, from its text and its cleaned twin. */
  public static PlanFacts read(SourceText source) {
    Preconditions.checkNotNull(source, "source");
    return read(source.original(), source.cleanedView());
  }

  /** {@code cleaned} is {@code raw} cleaned ({@link Cleaning#clean}): the same length, the same line breaks. */
  private static PlanFacts read(String raw, CharSequence cleaned) {
    // Both facts stand on short lines of their own; only those are cleaned and matched, so a
    // long document costs one pass of indexOf('\n').
    // The {from, to} of the last SIGNATURE_LINES + 1 lines, a ring indexed by line number: the
    // signature above the date is read from it once the date is found. A line is copied only if
    // it may hold a fact (see line(…)).
    int[] recent = new int[2 * (SIGNATURE_LINES + 1)];
    int[] signature = null; // {from, to} of the lines above the date, nearest first
    int count = 0;
    String number = null;
    LocalDate issued = null;
    for (int from = 0; from <= raw.length(); ) {
      int nl = raw.indexOf('\n', from);
      int to = nl < 0 ? raw.length() : nl;
      int i = count++;
      int slot = i % (SIGNATURE_LINES + 1);
      recent[2 * slot] = from;
      recent[2 * slot + 1] = to;
      // The line stripped, as bounds: long lines count as empty (see line(…)).
      int b = from;
      int e = to;
      from = to + 1;
      if (e - b <= 48) {
        b = Chars.stripStart(cleaned, b, e);
        e = Chars.stripEnd(cleaned, b, e);
      }
      if (to - recent[2 * slot] > 48 || e - b > 40 || e == b) {
        if (nl < 0) {
          break;
        }
        continue;
      }
      boolean mayBeNumber = number == null && endsWith(cleaned, b, e, '号');
      boolean mayBeDate = issued == null && endsWith(cleaned, b, e, '日');
      String line = mayBeNumber || mayBeDate ? cleaned.subSequence(b, e).toString() : null;
      if (mayBeNumber) {
        String bare = line.startsWith("(") && line.endsWith(")") ? line.substring(1, line.length() - 1).strip() : line;
        if (number == null && NUMBER.matcher(bare).matches()) {
          number = bare; // 国办发〔2018〕128号 on its own line, or (穗民〔2008〕313号)
        }
      }
      if (mayBeDate) {
        String bare = line.startsWith("(") && line.endsWith(")") ? line.substring(1, line.length() - 1).strip() : line;
        Matcher m = DATE.matcher(bare);
        if (m.matches()) {
          issued = date(m).orElse(null);
          if (issued != null) {
            signature = new int[2 * Math.min(i, SIGNATURE_LINES)];
            for (int k = 1; 2 * k <= signature.length; k++) {
              int above = (i - k) % (SIGNATURE_LINES + 1);
              signature[2 * k - 2] = recent[2 * above];
              signature[2 * k - 1] = recent[2 * above + 1];
            }
          }
        }
      }
      if (nl < 0) {
        break;
      }
    }
    String t = raw;
    List<String> bodies = new ArrayList<>();
    for (int k = 0; signature != null && k < signature.length; k += 2) {
      String line = line(cleaned, signature[k], signature[k + 1]);
      if (line.isEmpty() || line.length() > 30 || !endsLikeABody(line)) {
        break;
      }
      // 东莞市民政局  东莞市财政局: several bodies on one signature line
      List<String> parts = new ArrayList<>();
      for (String p : BODY_SEPARATORS.split(line)) {
        if (!p.isEmpty() && endsLikeABody(p)) {
          parts.add(p);
        }
      }
      bodies.addAll(0, parts);
    }
    LocalDate labelledIssue = null;
    LocalDate labelledEffect = null;
    if (t.contains("日期")) {
      Matcher m = LABELLED_DATE.matcher(cleaned);
      while (m.find()) {
        LocalDate d = day(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        if (m.group(1).equals("生效")) {
          labelledEffect = labelledEffect == null ? d : labelledEffect;
        } else if (labelledIssue == null) {
          labelledIssue = d;
        }
      }
    }
    if (number == null && (t.contains("文号") || t.contains("文 号"))) {
      Matcher m = LABELLED_NUMBER.matcher(cleaned);
      if (m.find()) {
        number = m.group(1);
      }
    }
    if (labelledIssue != null) {
      issued = labelledIssue; // the page's own field says it outright
    }
    LocalDate effective = labelledEffect;
    Matcher e = null;
    if (effective == null && statesEffect(t)) {
      e = EFFECT.matcher(cleaned);
    }
    if (e != null && e.find()) {
      String when = e.group(1);
      if (when.endsWith("之日")) {
        effective = issued;
      } else {
        Matcher m = DATE.matcher(when);
        if (m.matches()) {
          effective = date(m).orElse(null);
        }
      }
    }
    return new PlanFacts(Optional.ofNullable(number), ImmutableList.copyOf(bodies),
        Optional.ofNullable(issued), Optional.ofNullable(effective));
  }

  /**
   * The line {@code cleaned[from, to)} stripped, as the facts are read from it; a line over 48
   * characters is taken as empty: no fact stands on one.
   */
  private static String line(CharSequence cleaned, int from, int to) {
    return to - from <= 48 ? cleaned.subSequence(from, to).toString().strip() : "";
  }

  /** Whether {@code cleaned[b, e)} ends with {@code c}, or with {@code c} and a closing ')'. */
  private static boolean endsWith(CharSequence cleaned, int b, int e, char c) {
    return cleaned.charAt(e - 1) == c || (e - b >= 2 && cleaned.charAt(e - 1) == ')' && cleaned.charAt(e - 2) == c);
  }

  /** Whether 起施行, 起实施, 起执行 or 起生效 occurs: only then is the regex run. */
  private static boolean statesEffect(String t) {
    for (int i = t.indexOf('起'); i >= 0; i = t.indexOf('起', i + 1)) {
      if (t.startsWith("施行", i + 1) || t.startsWith("实施", i + 1) || t.startsWith("执行", i + 1)
          || t.startsWith("生效", i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsLikeABody(String s) {
    if (s.length() < 2 || DATE.matcher(s).find()) {
      return false;
    }
    for (String end : BODY_ENDS) {
      if (s.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate day(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException notADay) {
      return null;
    }
  }

  private static Optional<LocalDate> date(Matcher m) {
    int year = number(m.group(1), true);
    int month = number(m.group(2), false);
    int day = number(m.group(3), false);
    if (year < 1900 || month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException notADay) {
      return Optional.empty(); // 2月30日: not a date, so not the document's date
    }
  }

  /** Digits, or Chinese digits read one by one (二〇一八) or as a numeral (十二). */
  private static int number(String s, boolean digitByDigit) {
    if (Chars.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    if (digitByDigit) {
      int v = 0;
      for (char c : s.toCharArray()) {
        int d = c == '○' ? 0 : Numerals.digit(c);
        if (d < 0) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
    return (int) Numerals.parseChinese(s);
  }

  /** The document's own number: 国办发〔2018〕128号. */
  public Optional<String> documentNumber() {
    return documentNumber;
  }

  /** The bodies that sign it, from the lines above its date. */
  public ImmutableList<String> issuingBodies() {
    return issuingBodies;
  }

  /** The date it is issued: the first line that holds only a date. */
  public Optional<LocalDate> issueDate() {
    return issueDate;
  }

  /** The date it takes effect: 自2019年1月1日起施行, or the issue date for 自印发之日起施行. */
  public Optional<LocalDate> effectiveDate() {
    return effectiveDate;
  }

  /** The date relative deadlines count from: the issue date, else the date of effect. */
  public Optional<LocalDate> planDate() {
    return issueDate.or(() -> effectiveDate);
  }
}
