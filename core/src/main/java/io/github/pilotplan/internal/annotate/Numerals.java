package io.github.pilotplan.internal.annotate;

/**
 * Reads the small numbers plans write in Chinese numerals or digits: 十, 三千, 两万, 一百二十, 2.
 *
 * <pre>{@code
 * Numerals.parseChinese("三千");      // 3000
 * Numerals.parseChinese("十");        // 10
 * Numerals.parseChinese("一百二十");  // 120
 * Numerals.parseChinese("三地");      // -1: not a numeral
 * }</pre>
 */
public final class Numerals {

  /** The longest run of numeral characters read as one number. */
  static final int MAX_LENGTH = 12;

  private Numerals() {}

  /** The value of a Chinese digit (零〇一二两三四五六七八九), or -1. */
  static int digit(char c) {
    switch (c) {
      case '零':
      case '〇':
        return 0;
      case '一':
        return 1;
      case '二':
      case '两':
        return 2;
      case '三':
        return 3;
      case '四':
        return 4;
      case '五':
        return 5;
      case '六':
        return 6;
      case '七':
        return 7;
      case '八':
        return 8;
      case '九':
        return 9;
      default:
        return -1;
    }
  }

  /** The multiplier of a Chinese unit character (十百千万亿), or -1. */
  static long unit(char c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      case '万':
        return 10_000;
      case '亿':
        return 100_000_000;
      default:
        return -1;
    }
  }

  /** The Chinese digit and unit characters: those {@link #isChinese} accepts (a test holds them equal). */
  static final String CHINESE_CHARS = "零〇一二两三四五六七八九十百千万亿";

  /** Whether {@code c} is a Chinese digit or unit character. */
  static boolean isChinese(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /**
   * The value of {@code s[from, to)} as a Chinese numeral (一, 十, 十二, 二十, 三千, 一百二十, 两万), or
   * -1 when it is not one (empty, too long, or malformed such as 十十).
   */
  static long parseChinese(CharSequence s, int from, int to) {
    if (to <= from || to - from > MAX_LENGTH) {
      return -1;
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    long lastUnit = Long.MAX_VALUE;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (digit > 0) {
          return -1; // 三三: two digits in a row are a list, not a number
        }
        digit = d;
        continue;
      }
      long u = unit(c);
      if (u < 0) {
        return -1;
      }
      if (u >= 10_000) {
        section += Math.max(digit, 0);
        if (section == 0) {
          return -1;
        }
        total += section * u;
        section = 0;
        lastUnit = Long.MAX_VALUE;
      } else {
        if (u >= lastUnit) {
          return -1; // 十百
        }
        section += (digit < 0 ? (u == 10 ? 1 : -1) : digit) * u;
        if (digit == 0 || section < 0) {
          return -1;
        }
        lastUnit = u;
      }
      digit = -1;
    }
    return total + section + Math.max(digit, 0);
  }

  /** {@link #parseChinese(CharSequence, int, int)} of the whole of {@code s}. */
  static long parseChinese(CharSequence s) {
    return parseChinese(s, 0, s.length());
  }
}
