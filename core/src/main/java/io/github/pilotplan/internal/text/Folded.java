package io.github.pilotplan.internal.text;

import com.google.common.base.Preconditions;

/**
 * The cleaned text of a {@link Region} with its invisible format characters taken out ({@link
 * Cleaning#isInvisible}), and the way back from an index in it to the region's own.
 *
 * <pre>{@code
 * // region: 以黄, U+200B (a zero-width space), 江、厚街两镇为试点
 * Folded f = Folded.of(region);
 * f.text();                 // "以黄江、厚街两镇为试点"
 * f.regionIndex(1);         // 1: 黄
 * f.regionIndex(2);         // 3: 江, past the zero-width space
 * region.span(f.regionIndex(1), f.regionEnd(3));   // 黄, U+200B, 江 as written
 * }</pre>
 *
 * <p>A grammar that reads names (towns) runs on {@link #text()}, so that an invisible character
 * cannot split a name, and turns what it found back into spans of the region, which cover the
 * characters as written. For a region without invisible characters (nearly all) the text is the
 * region's own and the indexes are the same.
 */
public final class Folded {

  private final String text;
  /** For each index of {@link #text}, the index in the region; null when they are the same. */
  private final int[] toRegion;
  private final int regionLength;

  private Folded(String text, int[] toRegion, int regionLength) {
    this.text = text;
    this.toRegion = toRegion;
    this.regionLength = regionLength;
  }

  /** The folded text of {@code region}. */
  public static Folded of(Region region) {
    if (!region.source().hasInvisible()) {
      return new Folded(region.text(), null, region.length());
    }
    String original = region.source().original();
    int start = region.start();
    int end = region.end();
    int i = start;
    while (i < end && !Cleaning.isInvisible(original.charAt(i))) {
      i++;
    }
    if (i == end) {
      return new Folded(region.text(), null, region.length());
    }
    char[] cleaned = region.source().cleanedChars();
    StringBuilder text = new StringBuilder(end - start);
    int[] toRegion = new int[end - start];
    int n = 0;
    for (int k = start; k < end; k++) {
      if (!Cleaning.isInvisible(original.charAt(k))) {
        text.append(cleaned[k]);
        toRegion[n++] = k - start;
      }
    }
    return new Folded(text.toString(), java.util.Arrays.copyOf(toRegion, n), region.length());
  }

  /** The region's cleaned text without its invisible characters. */
  public String text() {
    return text;
  }

  /** The index in the region of the character at {@code index} of {@link #text()}; the text's length maps to the region's. */
  public int regionIndex(int index) {
    Preconditions.checkPositionIndex(index, text.length(), "index");
    if (toRegion == null) {
      return index;
    }
    return index == text.length() ? regionLength : toRegion[index];
  }

  /**
   * The end (exclusive) in the region of a stretch of {@link #text()} that ends (exclusive) at
   * {@code end}: just past its last character, so that invisible characters after it are left out.
   */
  public int regionEnd(int end) {
    Preconditions.checkPositionIndex(end, text.length(), "end");
    if (toRegion == null || end == 0) {
      return toRegion == null ? end : 0;
    }
    return toRegion[end - 1] + 1;
  }
}
