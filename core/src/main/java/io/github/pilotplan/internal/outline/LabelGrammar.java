package io.github.pilotplan.internal.outline;

import com.google.common.base.Preconditions;
import io.github.pilotplan.TextParseException;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import java.util.Optional;

/**
 * The grammar of outline labels: the numbering forms a heading opens with (第一章 · 第一节 · 第一条
 * · 第一款 · 一、 · (一) · 1、 · (1) · 1) · ①, and 附件 on a line alone), read into {@link Label}s.
 *
 * <pre>{@code
 * LabelGrammar.parse("3、培育发展基层社区社会组织").get().text();   // "3"
 * LabelGrammar.parse("（二）深化社区建设").get().text();          // "(二)"
 * LabelGrammar.parse("2012年前,全市…");                          // Optional.empty()
 * LabelGrammar.parse("1.2013年6月底前,在长安镇开展试点。").get().text();   // "1"
 * LabelGrammar.parse("第十二条　县级以上人民政府…").get().text();   // "第十二条"
 * }</pre>
 *
 * <p>The outline reader reads lines with {@link #parseAt}, {@link #beforeDigitAt} and {@link
 * #lookalikeAt}; the facade ({@code Labels}), the table readers and the queries' path steps with
 * {@link #parse}, {@link #of(String)} and {@link #attachment}.
 */
public final class LabelGrammar {

  private static final String DIGITS = "〇一二三四五六七八九";

  private LabelGrammar() {}

  /**
   * The label that opens {@code line}, if any; leading spaces are skipped. {@code 2010年} and
   * {@code 1.5} are not labels; {@code 1、2012年前} and {@code 1.2013年6月底前} open with item 1;
   * {@code 第三条规定的} is a reference, not a label. On its own a line cannot tell {@code
   * 11.121人才梯队项目} (item 11 after item 10) from a decimal: the outline reader decides that from
   * the numbering around it.
   */
  public static Optional<Label> parse(CharSequence line) {
    String s = Cleaning.clean(line);
    int i = 0;
    while (i < s.length() && Cleaning.isSpace(s.charAt(i))) {
      i++;
    }
    Match m = parseAt(s, i);
    return m == null ? Optional.empty() : Optional.of(m.label);
  }

  /**
   * The label a path step names, written alone: {@code "一"}, {@code "一、"}, {@code "(一)"},
   * {@code "（一）"}, {@code "6"}, {@code "6、"}, {@code "(1)"}, {@code "1)"}, {@code "①"} or
   * {@code "第三条"}.
   *
   * <pre>{@code
   * LabelGrammar.of("（一）").equals(Label.of(Level.SECTION, 1));   // true
   * LabelGrammar.of("6").text();                                 // "6"
   * }</pre>
   *
   * @throws TextParseException if {@code text} is not exactly one label
   */
  public static Label of(String text) {
    Preconditions.checkNotNull(text, "text");
    String s = Cleaning.clean(text).trim();
    Optional<Label> attachment = attachment(s);
    if (attachment.isPresent()) {
      return attachment.get();
    }
    if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9') && s.length() <= 3) {
      s = s + "、";
    } else if (!s.isEmpty() && s.chars().allMatch(ch -> isChineseDigit((char) ch))) {
      s = s + "、";
    }
    Match m = parseAt(s, 0);
    if (m == null || m.length != s.length()) {
      int at = m == null ? 0 : m.length;
      throw new TextParseException("not an outline label: \"" + text + "\"", text, Math.min(at, text.length()));
    }
    return Label.of(m.label.level(), m.label.ordinal());
  }

  /**
   * The attachment a line names alone: {@code 附件2}, {@code 附件 2:}, {@code 附件二}; {@code 附件}
   * alone is attachment 1. Outline lines never parse as attachments: the loader finds them.
   *
   * <pre>{@code
   * LabelGrammar.attachment("附件2").get().text();   // "附件2"
   * LabelGrammar.attachment("附件:1.分工表");       // Optional.empty(): a list of attachments
   * }</pre>
   */
  public static Optional<Label> attachment(CharSequence line) {
    String s = Cleaning.clean(line).strip();
    if (!s.startsWith("附件") || s.length() > 8) {
      return Optional.empty();
    }
    String n = s.substring(2).strip();
    if (n.endsWith(":")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    int ordinal;
    if (n.isEmpty()) {
      ordinal = 1;
    } else if (n.chars().allMatch(ch -> ch >= '0' && ch <= '9') && n.length() <= 2) {
      ordinal = Integer.parseInt(n);
    } else if (n.chars().allMatch(ch -> isChineseDigit((char) ch))) {
      ordinal = chineseValue(n, 0, n.length());
    } else {
      return Optional.empty();
    }
    return ordinal > 0 ? Optional.of(Label.of(Level.ATTACHMENT, ordinal)) : Optional.empty();
  }

  /** A label found at the start of a cleaned line, and its length in characters. */
  public static final class Match {
    public final Label label;
    public final int length;
    /** For {@code N.} before a digit: whether the digits after the point run into a measure. */
    public final boolean measure;

    Match(Label label, int length) {
      this(label, length, false);
    }

    Match(Label label, int length, boolean measure) {
      this.label = label;
      this.length = length;
      this.measure = measure;
    }
  }

  /** Characters after 第N条 that make it a reference ("第三条规定的") rather than a label. */
  private static final String REFERENCE_AFTER = "规的所中之第、和至及或与项款";

  /** Characters that open a measure after a number: a decimal such as 1.5万元 or 2.5% runs into one. */
  private static final String MEASURE = "%‰万亿千百元倍米吨亩公平立克升度个";

  /**
   * The label at offset {@code i} of the cleaned line {@code s}, or null. {@code N.} before a digit
   * is a label here only when the digits after the point are a year or a month ({@code
   * 1.2013年}, {@code 2.6月底前}); the other cases ({@code 1.5万元}, {@code 11.121人才}) are left
   * to {@link #beforeDigitAt}, which the outline reader weighs against the numbering around it.
   */
  public static Match parseAt(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return null;
    }
    char c = s.charAt(i);
    if (c >= '①' && c <= '⑳') {
      return match(Level.POINT, c - '①' + 1, s, i, i + 1);
    }
    if (c == '(') {
      int j = i + 1;
      int k = digitsEnd(s, j, 3);
      if (k > j && k < n && s.charAt(k) == ')') {
        return positive(Level.SUB_ITEM, Integer.parseInt(s.substring(j, k)), s, i, k + 1);
      }
      k = chineseEnd(s, j);
      if (k > j && k < n && s.charAt(k) == ')') {
        return positive(Level.SECTION, chineseValue(s, j, k), s, i, k + 1);
      }
      return null;
    }
    if (c == '第') {
      return regulation(s, i);
    }
    if (isDigit(c)) {
      int k = digitsEnd(s, i, 3);
      if (k >= n) {
        return null;
      }
      char after = s.charAt(k);
      int value = Integer.parseInt(s.substring(i, k));
      if (after == '、') {
        return positive(Level.ITEM, value, s, i, k + 1);
      }
      if (after == ')') {
        return positive(Level.MINOR_ITEM, value, s, i, k + 1);
      }
      if (after == '.') {
        if (k + 1 < n && isDigit(s.charAt(k + 1))) {
          // "1.2013年" and "2.6月底前" are item 1 and 2: no decimal is written before 年 or 月.
          return dateAfterPoint(s, k + 1) ? positive(Level.ITEM, value, s, i, k + 1) : null;
        }
        return positive(Level.ITEM, value, s, i, k + 1);
      }
      return null;
    }
    if (isChineseDigit(c)) {
      int k = chineseEnd(s, i);
      if (k < n && (s.charAt(k) == '、' || (s.charAt(k) == '.' && !(k + 1 < n && isChineseDigit(s.charAt(k + 1)))))) {
        return positive(Level.CHAPTER, chineseValue(s, i, k), s, i, k + 1);
      }
    }
    return null;
  }

  /**
   * {@code N.} at offset {@code i} before a digit that {@link #parseAt} leaves alone ({@code
   * 1.5万元}, {@code 11.121人才梯队项目}): item N if the line is read as a label, with {@link
   * Match#measure} telling whether the digits after the point run into a measure (%, 万, 元 …) as a
   * decimal does; null for any other line.
   */
  public static Match beforeDigitAt(String s, int i) {
    int n = s.length();
    if (i >= n || !isDigit(s.charAt(i))) {
      return null;
    }
    int k = digitsEnd(s, i, 3);
    if (k + 1 >= n || s.charAt(k) != '.' || !isDigit(s.charAt(k + 1)) || dateAfterPoint(s, k + 1)) {
      return null;
    }
    int value = Integer.parseInt(s.substring(i, k));
    if (value <= 0) {
      return null;
    }
    int d = k + 1;
    while (d < n && isDigit(s.charAt(d))) {
      d++;
    }
    boolean measure = d < n && MEASURE.indexOf(s.charAt(d)) >= 0;
    return new Match(Label.of(Level.ITEM, value, s.substring(i, k + 1)),
        k + 1 - i, measure);
  }

  /**
   * The length of what opens {@code s} at {@code i} like a label without being one of the forms —
   * {@code 1,} {@code 一)} {@code (一加强} {@code 0、} {@code 第三条规定} — or -1. Real labels and
   * ordinary sentence openings ({@code 2012年}, {@code 一是}, {@code 80%}) give -1.
   */
  public static int lookalikeAt(String s, int i) {
    int n = s.length();
    if (i >= n || parseAt(s, i) != null || beforeDigitAt(s, i) != null) {
      return -1;
    }
    char c = s.charAt(i);
    int j = c == '(' || c == '第' ? i + 1 : i;
    int k = digitsEnd(s, j, 3);
    if (k == j) {
      k = chineseEnd(s, j);
    }
    if (k == j || k >= n || (k - j == 3 && isDigit(s.charAt(j)) && k < n && isDigit(s.charAt(k)))) {
      return -1; // no numeral, or four digits and more: a year or an amount
    }
    char after = s.charAt(k);
    if (c == '第') {
      boolean division = after == '章' || after == '节' || after == '条' || after == '款';
      return division ? k + 1 - i : -1; // "第三条规定的": a reference where a label would stand
    }
    boolean separator = after == '、' || after == '.' || after == ',' || after == ':' || after == ')' || after == ' ';
    if (!separator || (after != ')' && k + 1 < n && isDigit(s.charAt(k + 1)))) {
      return -1; // "1,000万元", "10:30", "一是"
    }
    return k + 1 - i;
  }

  /** 第N章, 第N节, 第N条 or 第N款 at {@code i}, not followed by what makes it a reference. */
  private static Match regulation(String s, int i) {
    int n = s.length();
    int j = i + 1;
    int k = digitsEnd(s, j, 3);
    int value;
    if (k > j) {
      value = Integer.parseInt(s.substring(j, k));
    } else {
      k = chineseEnd(s, j);
      if (k == j) {
        return null;
      }
      value = chineseValue(s, j, k);
    }
    if (k >= n) {
      return null;
    }
    Level level;
    switch (s.charAt(k)) {
      case '章':
        level = Level.PART;
        break;
      case '节':
        level = Level.DIVISION;
        break;
      case '条':
        level = Level.ARTICLE;
        break;
      case '款':
        level = Level.CLAUSE;
        break;
      default:
        return null;
    }
    if (k + 1 < n && REFERENCE_AFTER.indexOf(s.charAt(k + 1)) >= 0) {
      return null;
    }
    return positive(level, value, s, i, k + 1);
  }

  /** Whether the digits at {@code d} are a year (four digits and 年) or a month (one or two and 月). */
  private static boolean dateAfterPoint(String s, int d) {
    int e = digitsEnd(s, d, 5);
    if (e >= s.length()) {
      return false;
    }
    char unit = s.charAt(e);
    return (e - d == 4 && unit == '年')
        || (e - d <= 2 && unit == '月' && Integer.parseInt(s.substring(d, e)) <= 12);
  }

  private static int digitsEnd(String s, int from, int max) {
    int k = from;
    while (k < s.length() && k - from < max && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int chineseEnd(String s, int from) {
    int k = from;
    while (k < s.length() && k - from < 6 && isChineseDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** A label if {@code ordinal} is at least 1 (a malformed numeral gives -1, 0、 is no label). */
  private static Match positive(Level level, int ordinal, String s, int from, int to) {
    return ordinal > 0 ? match(level, ordinal, s, from, to) : null;
  }

  private static Match match(Level level, int ordinal, String s, int from, int to) {
    return new Match(Label.of(level, ordinal, s.substring(from, to)), to - from);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isChineseDigit(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '十' || c == '零' || c == '百';
  }

  /**
   * The value of a Chinese numeral up to 999 (一 … 十 … 九十九, 一百, 一百零五, 一百一十二); -1 if
   * malformed.
   */
  public static int chineseValue(String s, int from, int to) {
    String t = s.substring(from, to).replace('零', '〇');
    int hundred = t.indexOf('百');
    if (hundred >= 0) {
      if (hundred != 1 || t.indexOf('百', hundred + 1) >= 0) {
        return -1;
      }
      int h = DIGITS.indexOf(t.charAt(0));
      String rest = t.substring(2);
      if (h <= 0) {
        return -1;
      }
      if (rest.isEmpty()) {
        return h * 100;
      }
      if (rest.charAt(0) == '〇') {
        int ones = rest.length() == 2 ? DIGITS.indexOf(rest.charAt(1)) : -1;
        return ones > 0 ? h * 100 + ones : -1;
      }
      int r = belowHundred(rest);
      return r >= 10 ? h * 100 + r : -1;
    }
    return belowHundred(t);
  }

  private static int belowHundred(String t) {
    int ten = t.indexOf('十');
    if (ten < 0) {
      if (t.length() != 1) {
        return -1;
      }
      return DIGITS.indexOf(t.charAt(0));
    }
    if (t.indexOf('十', ten + 1) >= 0 || ten > 1 || t.length() - ten > 2) {
      return -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
    int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
    return tens <= 0 || ones < 0 ? -1 : tens * 10 + ones;
  }
}
