package io.github.pilotplan.examples.export;

/**
 * Text from a plan made fit for the formats the exports write: XML 1.0 (the SVG timeline, the
 * cells of an xlsx workbook) and iCalendar TEXT. The plan's text may hold control characters — a
 * form feed where pdftotext joined pages, a vertical tab, NUL, ESC — which neither format allows.
 *
 * <pre>{@code
 * ControlCharacters.forXml("甲\f乙");           // "甲 乙"
 * ControlCharacters.forICalendar("甲\r\n乙");   // "甲\n乙"
 * }</pre>
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /**
   * {@code s} with every character XML 1.0 forbids replaced: a control character other than tab,
   * line feed and carriage return (form feed, vertical tab, NUL, ESC, …) by a space, a lone
   * surrogate, U+FFFE and U+FFFF by U+FFFD. The stream writer escapes markup, not these.
   */
  static String forXml(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char replacement = c;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        replacement = ' ';
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        replacement = '\uFFFD';
      }
      if (replacement != c && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(replacement);
      }
    }
    return sb == null ? s : sb.toString();
  }
  /**
   * {@code s} as iCalendar TEXT may hold it: a line break stays (ical4j writes it as {@code \n}),
   * every other control character (form feed, NUL, ESC, …; RFC 5545 §3.3.11 allows none) becomes
   * a space, and a lone surrogate U+FFFD.
   */
  static String forICalendar(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char replacement = c;
      if (c == '\r') {
        replacement = i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 0 : '\n';
      } else if (c != '\n' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
        replacement = ' ';
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        replacement = '\uFFFD';
      }
      if (replacement != c && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null && replacement != 0) {
        sb.append(replacement);
      }
    }
    return sb == null ? s : sb.toString();
  }}
