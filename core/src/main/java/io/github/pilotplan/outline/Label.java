package io.github.pilotplan.outline;

import com.google.common.base.Preconditions;
import io.github.pilotplan.text.Cleaning;
import io.github.pilotplan.text.PilotplanJson;
import io.github.pilotplan.text.TextParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The number of an outline heading: its level and ordinal, printed in one canonical form.
 *
 * <pre>{@code
 * Label.parse("3、培育发展基层社区社会组织").get().text();   // "3"
 * Label.parse("（二）深化社区建设").get().text();          // "(二)"
 * Label.of(Level.SUB_ITEM, 2).text();                      // "(2)"
 * Label.parse("2012年前,全市…");                          // Optional.empty()
 * }</pre>
 *
 * <p>Canonical texts fold full-width brackets to half-width and drop the trailing 、 or . :
 * {@code 一}, {@code (一)}, {@code 1}, {@code (1)}, {@code ①}. {@link #written()} keeps the label
 * as the line had it.
 */
@Value.Immutable
@PilotplanJson
public abstract class Label implements Comparable<Label> {

  private static final String DIGITS = "〇一二三四五六七八九";

  Label() {}

  /** The outline level the numbering form stands for. */
  public abstract Level level();

  /** The 1-based number: 3 for {@code 3、}, 2 for {@code (二)}. */
  public abstract int ordinal();

  /** The label as written, e.g. {@code "（一）"} or {@code "3、"}; the canonical form if built. */
  @Value.Auxiliary
  @Value.Default
  public String written() {
    return text();
  }

  /** The canonical form: {@code 一}, {@code (一)}, {@code 1}, {@code (1)} or {@code ①}. */
  @Value.Derived
  public String text() {
    switch (level()) {
      case ATTACHMENT:
        return "附件" + ordinal();
      case CHAPTER:
        return chinese(ordinal());
      case SECTION:
        return "(" + chinese(ordinal()) + ")";
      case ITEM:
        return Integer.toString(ordinal());
      case SUB_ITEM:
        return "(" + ordinal() + ")";
      default:
        return ordinal() <= 20 ? String.valueOf((char) ('①' + ordinal() - 1)) : "(" + ordinal() + ")";
    }
  }

  /** A label of {@code level} numbered {@code ordinal}. */
  public static Label of(Level level, int ordinal) {
    return ImmutableLabel.builder().level(level).ordinal(ordinal).build();
  }

  /**
   * The label a path step names, written alone: {@code "一"}, {@code "一、"}, {@code "(一)"},
   * {@code "（一）"}, {@code "6"}, {@code "6、"}, {@code "(1)"} or {@code "①"}.
   *
   * <pre>{@code
   * Label.of("（一）").equals(Label.of(Level.SECTION, 1));   // true
   * Label.of("6").text();                                   // "6"
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
    return of(m.label.level(), m.label.ordinal());
  }

  /**
   * The attachment a line names alone: {@code 附件2}, {@code 附件 2:}, {@code 附件二}; {@code 附件}
   * alone is attachment 1. Outline lines never parse as attachments: the loader finds them.
   *
   * <pre>{@code
   * Label.attachment("附件2").get().text();   // "附件2"
   * Label.attachment("附件:1.分工表");         // Optional.empty(): a list of attachments
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
    return ordinal > 0 ? Optional.of(of(Level.ATTACHMENT, ordinal)) : Optional.empty();
  }

  @Value.Check
  final void check() {
    Preconditions.checkArgument(ordinal() >= 0, "ordinal must be >= 0 but was %s", ordinal());
  }

  /**
   * The label that opens {@code line}, if any; leading spaces are skipped. {@code 2010年} and
   * {@code 1.5} are not labels; {@code 1、2012年前} opens with item 1.
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

  /** A label found at the start of a cleaned line, and its length in characters. */
  static final class Match {
    final Label label;
    final int length;

    Match(Label label, int length) {
      this.label = label;
      this.length = length;
    }
  }

  /** The label at offset {@code i} of the cleaned line {@code s}, or null. */
  static Match parseAt(String s, int i) {
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
      int k = j;
      while (k < n && k - j < 4 && isDigit(s.charAt(k))) {
        k++;
      }
      if (k > j && k < n && s.charAt(k) == ')') {
        return match(Level.SUB_ITEM, Integer.parseInt(s.substring(j, k)), s, i, k + 1);
      }
      k = j;
      while (k < n && k - j < 4 && isChineseDigit(s.charAt(k))) {
        k++;
      }
      if (k > j && k < n && s.charAt(k) == ')') {
        int v = chineseValue(s, j, k);
        return v > 0 ? match(Level.SECTION, v, s, i, k + 1) : null;
      }
      return null;
    }
    if (isDigit(c)) {
      int k = i;
      while (k < n && k - i < 3 && isDigit(s.charAt(k))) {
        k++;
      }
      // "1、2012年前" is item 1; "1.5" is a number, not item 1.
      if (k < n && (s.charAt(k) == '、' || (s.charAt(k) == '.' && !(k + 1 < n && isDigit(s.charAt(k + 1)))))) {
        return match(Level.ITEM, Integer.parseInt(s.substring(i, k)), s, i, k + 1);
      }
      return null;
    }
    if (isChineseDigit(c)) {
      int k = i;
      while (k < n && k - i < 4 && isChineseDigit(s.charAt(k))) {
        k++;
      }
      if (k < n && s.charAt(k) == '、') {
        int v = chineseValue(s, i, k);
        return v > 0 ? match(Level.CHAPTER, v, s, i, k + 1) : null;
      }
    }
    return null;
  }

  private static Match match(Level level, int ordinal, String s, int from, int to) {
    Label label = ImmutableLabel.builder()
        .level(level)
        .ordinal(ordinal)
        .written(s.substring(from, to))
        .build();
    return new Match(label, to - from);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isChineseDigit(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '十' || c == '零';
  }

  /** The value of a Chinese numeral up to 99 (一 … 十 … 九十九); -1 if malformed. */
  static int chineseValue(String s, int from, int to) {
    String t = s.substring(from, to).replace('零', '〇');
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

  /** The Chinese numeral for {@code n} from 0 to 99. */
  static String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(Math.max(n, 0)));
    }
    if (n >= 100) {
      return Integer.toString(n);
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
    String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
    return tens + "十" + ones;
  }

  /** Orders labels by level, then by ordinal. */
  @Override
  public final int compareTo(Label o) {
    int c = level().compareTo(o.level());
    return c != 0 ? c : Integer.compare(ordinal(), o.ordinal());
  }

  /** The canonical form. */
  @Override
  public final String toString() {
    return text();
  }
}
