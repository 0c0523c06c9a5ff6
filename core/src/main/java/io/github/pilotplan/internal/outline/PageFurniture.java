package io.github.pilotplan.internal.outline;

import io.github.pilotplan.internal.text.Region;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The page furniture of a web page's text, line by line: what a site puts around a document rather
 * than the document itself. The {@link OutlineReader} asks it first about every line and builds
 * the outline from the others.
 *
 * <pre>{@code
 * PageFurniture furniture = new PageFurniture();
 * furniture.isFurniture(line("法搜网--中国法律信息搜索网"), true, false);   // true: the site's banner
 * furniture.isFurniture(line("第 [1] [2] 页 共[2]页"), false, true);        // true: pagination; the
 * furniture.totalPages();                                                  // OptionalInt[2]
 * furniture.isFurniture(line("(二)加强…"), false, true);                    // true: the trailer goes on
 * }</pre>
 *
 * <p>Furniture is: a site's banner ({@code …网}, {@code …网--…}) before the document or at the head
 * of a later page; pagination ({@code 第 [1] [2] 页 共[10]页}, {@code 共3页}); a notice that the
 * page holds part of the text ({@code 部分内容}, {@code 查看全文}); a line of {@code 【…】} links; a
 * {@code 相关文章} heading; and, once pagination, a notice, links or such a heading have come, every
 * line after them — the page's trailer — up to the banner of a next page, where a dump of pages
 * joined into one text goes on as if the pages had been given apart. No test is a pattern that
 * recurses or backtracks over a line.
 */
final class PageFurniture {

  private static final Pattern RELATED = Pattern.compile("^(相关|推荐|热门)(文章|法规|链接|阅读|新闻|资料)\\s*:?$");
  private static final Pattern BANNER = Pattern.compile("^\\S{1,20}网(\\s*(-{1,2}|—{1,2}|\\||_)\\s*\\S{1,30})?$");

  /** The site's banner line, the first one read. */
  private Region site;
  private boolean partial;
  private Integer totalPages;
  /** Whether the page's trailer has begun: everything up to the next page is furniture. */
  private boolean trailer;
  /** Whether the current page (not the first) has shown nothing but its header yet. */
  private boolean pageHeader;

  /** A new page starts (a page of a multi-page document, not the first): its trailer has not begun. */
  void pageStart() {
    trailer = false;
    pageHeader = true;
  }

  /** Whether the current page (not the first) has shown nothing but its header yet. */
  boolean atPageHeader() {
    return pageHeader;
  }

  /** A line that is not the page's header has come. */
  void headerEnded() {
    pageHeader = false;
  }

  /** Whether {@code line}, at the head of a later page, is the site's banner. */
  boolean banner(Region line) {
    if (BANNER.matcher(line.text()).matches()) {
      if (site == null) {
        site = line;
      }
      return true;
    }
    return false;
  }

  /**
   * Whether {@code line} is page furniture; reading it moves the state on (the banner, the page
   * count, the trailer). A banner counts before the outline or after a trailer, while no title has
   * been read.
   *
   * @param beforeOutline whether no numbered heading has been read yet
   * @param titleRead whether the document's title has been read
   */
  boolean isFurniture(Region line, boolean beforeOutline, boolean titleRead) {
    String s = line.text();
    if ((beforeOutline || trailer) && !titleRead && s.indexOf('网') >= 0 && BANNER.matcher(s).matches()) {
      if (site == null) {
        site = line;
      }
      trailer = false;
      return true;
    }
    if (trailer && s.indexOf('网') >= 0 && BANNER.matcher(s).matches()) {
      // A banner after a page's trailer is the head of the next page in a dump of pages joined
      // into one text: read on as at a page start, not as more trailer.
      trailer = false;
      pageHeader = true;
      return true;
    }
    // Each test below needs a character the cheap test looks for first: most lines are
    // statements. None is a regular expression that could recurse or backtrack on a long line.
    String total = s.indexOf('页') >= 0 ? paginationTotal(s) : null;
    if (total != null) {
      // A page count longer than six digits is junk, not a count (found by fuzzing).
      if (!total.isEmpty() && total.length() <= 6) {
        totalPages = Integer.valueOf(total);
      }
      trailer = true;
      return true;
    }
    if (s.contains("部分内容") || s.contains("查看全文")) {
      partial = true;
      trailer = true;
      return true;
    }
    if ((s.startsWith("【") && isLinkLine(s)) || (startsRelated(s) && RELATED.matcher(s).matches())) {
      trailer = true;
      return true;
    }
    if (trailer) {
      return true;
    }
    return false;
  }

  /** The site's banner, the first one read. */
  Optional<Region> site() {
    return Optional.ofNullable(site);
  }

  /** Whether a line said that the page holds only part of the document. */
  boolean partial() {
    return partial;
  }

  /** The page count pagination gave, if one could be read. */
  OptionalInt totalPages() {
    return totalPages == null ? OptionalInt.empty() : OptionalInt.of(totalPages);
  }

  private static boolean startsRelated(String s) {
    return s.startsWith("相关") || s.startsWith("推荐") || s.startsWith("热门");
  }

  /**
   * The page count of a pagination line — "第 [1] [2] 页 共[10]页" gives "10", "共3页" gives "3"
   * — the empty string for a pagination line whose count cannot be read, or null for any other
   * line. A scan, not a pattern: a long line of "[1] [2] …" costs one pass.
   */
  static String paginationTotal(String s) {
    int n = s.length();
    if (s.startsWith("共")) {
      int end = countThenPage(s, 1);
      return end < 0 ? null : digitsIn(s, 1, end);
    }
    int i = 0;
    if (i < n && s.charAt(i) == '第') {
      i++;
    }
    i = skipSpaces(s, i);
    int numbers = 0;
    while (i < n) {
      int j = i;
      if (s.charAt(j) == '[') {
        j++;
      }
      int d = j;
      while (d < n && Character.isDigit(s.charAt(d))) {
        d++;
      }
      if (d == j) {
        break;
      }
      if (d < n && s.charAt(d) == ']') {
        d++;
      }
      i = skipSpaces(s, d);
      numbers++;
    }
    if (numbers == 0 || i >= n || s.charAt(i) != '页') {
      return null;
    }
    // The last 共…页 after it, as the pattern's greedy ".*共" found it.
    for (int k = s.lastIndexOf('共'); k > i; k = s.lastIndexOf('共', k - 1)) {
      int end = countThenPage(s, k + 1);
      if (end >= 0) {
        return digitsIn(s, k + 1, end);
      }
    }
    return null;
  }

  /** After 共 at {@code i}: spaces, [digits], spaces, 页; the index after 页, or -1. */
  private static int countThenPage(String s, int i) {
    int n = s.length();
    i = skipSpaces(s, i);
    if (i < n && s.charAt(i) == '[') {
      i++;
    }
    int d = i;
    while (d < n && Character.isDigit(s.charAt(d))) {
      d++;
    }
    if (d == i) {
      return -1;
    }
    if (d < n && s.charAt(d) == ']') {
      d++;
    }
    d = skipSpaces(s, d);
    return d < n && s.charAt(d) == '页' ? d + 1 : -1;
  }

  private static String digitsIn(String s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code s} is nothing but links: "【发表评论】 【互动社区】", each 【…】 holding 1 to 20
   * characters. A scan in one pass (the pattern it replaces recursed once per link and overflowed
   * the stack on an 11 KB line).
   */
  static boolean isLinkLine(String s) {
    int n = s.length();
    int i = 0;
    if (n == 0) {
      return false;
    }
    while (i < n) {
      if (s.charAt(i) != '【') {
        return false;
      }
      int j = i + 1;
      while (j < n && s.charAt(j) != '】' && s.charAt(j) != '【') {
        j++;
      }
      if (j >= n || s.charAt(j) != '】' || j - i - 1 < 1 || j - i - 1 > 20) {
        return false;
      }
      i = skipSpaces(s, j + 1);
    }
    return true;
  }
}
