package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a printed table the way a terminal shows it: by display column, a 汉字 taking two. Column
 * positions are taken from the header line, whose titles are ASCII.
 *
 * <p>Widths here are worked out independently of {@link DisplayWidth}, from the JDK's Unicode
 * scripts and blocks, so that a wrong {@code DisplayWidth} shows up as a misaligned table.
 */
final class TableLayout {

  private TableLayout() {}

  /** The display columns where the header's titles start. */
  static List<Integer> columnStarts(String header, String... titles) {
    List<Integer> starts = new ArrayList<>();
    for (String title : titles) {
      int at = header.indexOf(title);
      assertThat(at).as("header %s has %s", header, title).isNotNegative();
      starts.add(at);
    }
    return starts;
  }

  /**
   * What {@code line} shows from display column {@code column} on; fails when the column falls in
   * the middle of a wide character, i.e. the line is misaligned there.
   */
  static String from(String line, int column) {
    int used = 0;
    int i = 0;
    while (used < column && i < line.length()) {
      int cp = line.codePointAt(i);
      used += columns(cp);
      i += Character.charCount(cp);
    }
    assertThat(used).as("column %s of %s falls on a character boundary", column, line).isEqualTo(column);
    return line.substring(i);
  }

  /** The display width of {@code text}: 汉字, CJK punctuation and full-width forms take two. */
  static int width(String text) {
    return text.codePoints().map(TableLayout::columns).sum();
  }

  private static int columns(int cp) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp <= 0xFF60;
    return wide ? 2 : 1;
  }

  /**
   * Asserts that each row's cells start exactly at the header's column starts: two spaces before,
   * the cell's text from there.
   */
  static void assertCellsStartAt(String row, List<Integer> starts, String... cells) {
    for (int c = 0; c < starts.size(); c++) {
      int start = starts.get(c);
      if (start > 0) {
        assertThat(from(row, start - 2)).as("gap before column %s of %s", c, row).startsWith("  ");
      }
      assertThat(from(row, start)).as("column %s of %s", c, row).startsWith(cells[c]);
    }
  }
}
