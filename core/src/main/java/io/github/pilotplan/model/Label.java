package io.github.pilotplan.model;

import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.immutables.value.Value;

/**
 * The number of an outline heading: its level and ordinal, printed in one canonical form.
 *
 * <pre>{@code
 * Label.of(Level.SUB_ITEM, 2).text();                      // "(2)"
 * Label.of(Level.SECTION, 1, "（一）").written();          // "（一）"; text() is "(一)"
 * Labels.parse("3、培育发展基层社区社会组织").get().text();   // "3"
 * Labels.of("（二）").equals(Label.of(Level.SECTION, 2));   // true
 * }</pre>
 *
 * <p>Reading a label from text is the facade's ({@link io.github.pilotplan.Labels}: a line's
 * opening label, a path step, an attachment line).
 *
 * <p>Canonical texts fold full-width brackets to half-width and drop the trailing 、 or . :
 * {@code 第一章}, {@code 第一节}, {@code 第一条}, {@code 第一款}, {@code 一}, {@code (一)},
 * {@code 1}, {@code (1)}, {@code 1)}, {@code ①}. {@link #written()} keeps the label as the line
 * had it.
 */
@Value.Immutable
@PilotplanJson
public abstract class Label implements Comparable<Label> {

  private static final String DIGITS = "〇一二三四五六七八九";

  /**
   * Labels are values, and a plan holds one per numbered line and per path step: the {@code
   * of} factories hand out one shared instance per level, ordinal and written form for ordinals
   * below this (one {@code "(一)"} for every plan in memory, not one per line), and every label of
   * a shared level and ordinal holds the same canonical text.
   */
  private static final int SHARED_ORDINALS = 128;
  /** How many written forms other than the canonical one each level keeps shared (1、 1. （1） …). */
  private static final int SHARED_FORMS_PER_LEVEL = 1024;
  /** The longest written form kept shared: a label, not a line. */
  private static final int SHARED_FORM_LENGTH = 12;
  private static final Level[] LEVELS = Level.values();
  /** The canonical label of each level and shared ordinal, built on first use. */
  private static final AtomicReferenceArray<Label> CANONICAL =
      new AtomicReferenceArray<>(LEVELS.length * SHARED_ORDINALS);
  /** The canonical text of each level and shared ordinal, built on first use. */
  private static final AtomicReferenceArray<String> TEXTS =
      new AtomicReferenceArray<>(LEVELS.length * SHARED_ORDINALS);
  /** Per level, the shared labels whose written form is not the canonical text, by that form. */
  @SuppressWarnings("unchecked")
  private static final ConcurrentMap<String, Label>[] FORMS = new ConcurrentMap[LEVELS.length];

  static {
    for (int i = 0; i < FORMS.length; i++) {
      FORMS[i] = new ConcurrentHashMap<>();
    }
  }

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

  /**
   * The canonical form: {@code 第一章}, {@code 第一节}, {@code 第一条}, {@code 第一款}, {@code 一},
   * {@code (一)}, {@code 1}, {@code (1)}, {@code 1)} or {@code ①}.
   */
  @Value.Derived
  public String text() {
    if (!isShared(ordinal())) {
      return format(level(), ordinal());
    }
    int slot = level().ordinal() * SHARED_ORDINALS + ordinal();
    String text = TEXTS.get(slot);
    return text != null ? text : SetOnce.first(TEXTS, slot, format(level(), ordinal()));
  }

  private static boolean isShared(int ordinal) {
    return ordinal >= 0 && ordinal < SHARED_ORDINALS;
  }

  /** The canonical form of a label of {@code level} numbered {@code ordinal}. */
  private static String format(Level level, int ordinal) {
    switch (level) {
      case ATTACHMENT:
        return "附件" + ordinal;
      case PART:
        return "第" + chinese(ordinal) + "章";
      case DIVISION:
        return "第" + chinese(ordinal) + "节";
      case ARTICLE:
        return "第" + chinese(ordinal) + "条";
      case CLAUSE:
        return "第" + chinese(ordinal) + "款";
      case MINOR_ITEM:
        return ordinal + ")";
      case CHAPTER:
        return chinese(ordinal);
      case SECTION:
        return "(" + chinese(ordinal) + ")";
      case ITEM:
        return Integer.toString(ordinal);
      case SUB_ITEM:
        return "(" + ordinal + ")";
      default:
        return ordinal <= 20 ? String.valueOf((char) ('①' + ordinal - 1)) : "(" + ordinal + ")";
    }
  }

  /** A label of {@code level} numbered {@code ordinal}. */
  public static Label of(Level level, int ordinal) {
    Preconditions.checkNotNull(level, "level");
    if (!isShared(ordinal)) {
      return ImmutableLabel.builder().level(level).ordinal(ordinal).build();
    }
    int slot = level.ordinal() * SHARED_ORDINALS + ordinal;
    Label label = CANONICAL.get(slot);
    return label != null ? label
        : SetOnce.first(CANONICAL, slot, ImmutableLabel.builder().level(level).ordinal(ordinal).build());
  }

  /**
   * A label of {@code level} numbered {@code ordinal} as a line writes it: {@code Label.of(Level.SECTION,
   * 1, "（一）")} equals {@code Label.of(Level.SECTION, 1)} and keeps {@code "（一）"} as {@link #written()}.
   */
  public static Label of(Level level, int ordinal, String written) {
    Preconditions.checkNotNull(level, "level");
    Preconditions.checkNotNull(written, "written");
    if (!isShared(ordinal)) {
      return ImmutableLabel.builder().level(level).ordinal(ordinal).written(written).build();
    }
    Label canonical = of(level, ordinal);
    if (written.equals(canonical.written())) {
      return canonical; // "(一)", "(1)", "①": most labels are written in the canonical form
    }
    ConcurrentMap<String, Label> forms = FORMS[level.ordinal()];
    Label label = forms.get(written);
    if (label != null && label.ordinal() == ordinal) {
      return label;
    }
    label = ImmutableLabel.builder().level(level).ordinal(ordinal).written(written).build();
    if (written.length() <= SHARED_FORM_LENGTH && forms.size() < SHARED_FORMS_PER_LEVEL) {
      Label first = forms.putIfAbsent(written, label);
      if (first != null && first.ordinal() == ordinal) {
        return first;
      }
    }
    return label;
  }

  @Value.Check
  final void check() {
    Preconditions.checkArgument(ordinal() >= 0, "ordinal must be >= 0 but was %s", ordinal());
  }

  /**
   * The Chinese numeral for {@code n} from 0 to 999, as {@link #text()} prints it; larger numbers
   * in digits.
   */
  private static String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(Math.max(n, 0)));
    }
    if (n >= 1000) {
      return Integer.toString(n);
    }
    if (n >= 100) {
      int rest = n % 100;
      String head = DIGITS.charAt(n / 100) + "百";
      if (rest == 0) {
        return head;
      }
      return head + (rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
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
