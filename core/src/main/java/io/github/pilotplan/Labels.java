package io.github.pilotplan;

import io.github.pilotplan.internal.outline.LabelGrammar;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import java.util.Optional;

/**
 * Outline labels read from text, as the loader reads them: the label a line opens with, a path
 * step, an attachment line. A {@link Label} itself is built from its level and ordinal ({@link
 * Label#of(Level, int)}).
 *
 * <pre>{@code
 * Labels.parse("3、培育发展基层社区社会组织").get().text();   // "3"
 * Labels.parse("（二）深化社区建设").get().text();          // "(二)"
 * Labels.parse("2012年前,全市…");                          // Optional.empty()
 * Labels.parse("1.2013年6月底前,在长安镇开展试点。").get().text();   // "1"
 * Labels.parse("第十二条　县级以上人民政府…").get().text();   // "第十二条"
 * Labels.of("（一）").equals(Label.of(Level.SECTION, 1));   // true
 * Labels.attachment("附件2").get().text();                 // "附件2"
 * }</pre>
 */
public final class Labels {

  private Labels() {}

  /**
   * The label that opens {@code line}, if any; leading spaces are skipped. {@code 2010年} and
   * {@code 1.5} are not labels; {@code 1、2012年前} and {@code 1.2013年6月底前} open with item 1;
   * {@code 第三条规定的} is a reference, not a label. On its own a line cannot tell {@code
   * 11.121人才梯队项目} (item 11 after item 10) from a decimal: the loader decides that from the
   * numbering around it.
   */
  public static Optional<Label> parse(CharSequence line) {
    return LabelGrammar.parse(line);
  }

  /**
   * The label a path step names, written alone: {@code "一"}, {@code "一、"}, {@code "(一)"},
   * {@code "（一）"}, {@code "6"}, {@code "6、"}, {@code "(1)"}, {@code "1)"}, {@code "①"}, {@code
   * "第三条"} or {@code "附件2"}.
   *
   * @throws TextParseException if {@code text} is not exactly one label
   */
  public static Label of(String text) {
    return LabelGrammar.of(text);
  }

  /**
   * The attachment a line names alone: {@code 附件2}, {@code 附件 2:}, {@code 附件二}; {@code 附件}
   * alone is attachment 1; {@code 附件:1.分工表} (a list of attachments) is none.
   */
  public static Optional<Label> attachment(CharSequence line) {
    return LabelGrammar.attachment(line);
  }
}
