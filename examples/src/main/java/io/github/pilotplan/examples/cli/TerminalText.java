package io.github.pilotplan.examples.cli;


/**
 * Text from a plan made safe to print on a terminal.
 *
 * <pre>{@code
 * TerminalText.visible("市" + (char) 0x1B + "[2J财政局");   // 市, a backslash, u001B[2J财政局
 * }</pre>
 *
 * <p>A plan's text may hold control characters (ESC, which starts a terminal escape sequence that
 * can clear the screen or retitle the window, BEL, NUL, line breaks inside a name) and invisible
 * format characters; printed raw in a one-line message they would act on the terminal or hide.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * {@code text} with each control character, invisible format character and line or paragraph
   * separator written as its Java escape: a backslash, {@code u} and four hex digits.
   */
  static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden = Character.isISOControl(c) || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if (hidden && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (hidden) {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
