package io.github.pilotplan.outline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.pilotplan.text.Diagnostic;
import io.github.pilotplan.text.Region;
import io.github.pilotplan.text.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of a page into a {@link PageOutline}, in one pass.
 *
 * <pre>{@code
 * PageOutline page = OutlineReader.read(SourceText.of(text));
 * }</pre>
 *
 * <p>Each non-blank line is, in this order of tests: boilerplate (a site banner before the
 * document, pagination, a notice that the page holds part of the text, a line of 【…】 links, a
 * 相关文章 heading, and whatever follows those at the page's end up to the banner of a next page,
 * where a dump of pages joined into one text goes on as if the pages had been given apart); metadata (the title line, an
 * addressee line ending in a colon, a date line, a short issuer line after the outline, and the
 * preamble between the title and the first heading); a numbered line (see {@link Label}); or a
 * paragraph of the innermost numbered node above it.
 *
 * <p>A numbered line is a heading alone when it has no sentence end (。;), no year and no unit
 * annotation; it opens with a short title when its first sentence has at most 20 characters, no
 * comma and no digit, and more follows; otherwise it is a statement. When a heading arrives whose
 * level is above every node read so far (a page that starts inside a section), those nodes are
 * wrapped in an inferred node of that level, numbered one before it.
 */
public final class OutlineReader {

  private static final Pattern PAGINATION =
      Pattern.compile("^第?\\s*(\\[?\\d++\\]?\\s*)++页.*共\\s*\\[?(\\d+)\\]?\\s*页|^共\\s*\\[?(\\d+)\\]?\\s*页");
  private static final Pattern LINKS = Pattern.compile("^(【[^【】]{1,20}】\\s*)+$");
  private static final Pattern RELATED = Pattern.compile("^(相关|推荐|热门)(文章|法规|链接|阅读|新闻|资料)\\s*:?$");
  private static final Pattern BANNER = Pattern.compile("^\\S{1,20}网(\\s*(-{1,2}|—{1,2}|\\||_)\\s*\\S{1,30})?$");
  private static final Pattern DATE = Pattern.compile("^(\\d{4}|[〇零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日$");
  private static final Pattern TITLE_END = Pattern.compile(".*(通知|方案|意见|办法|决定|要点|规划|函|通告|报告|细则|计划)$");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d年");
  private static final Pattern ISSUER = Pattern.compile("^\\S{2,20}(人民政府|办公室|委员会|办公厅|局)$");

  private final SourceText source;
  /** The role of each non-blank line; lines are read in order, so the keys arrive sorted. */
  private final ImmutableSortedMap.Builder<Integer, LineRole> roles = ImmutableSortedMap.naturalOrder();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Region> metadata = new ArrayList<>();
  private final List<Draft> roots = new ArrayList<>();
  private final Deque<Draft> open = new ArrayDeque<>();
  private Region site;
  private Region title;
  private boolean partial;
  private Integer totalPages;
  private boolean trailer;
  /** Whether the current page (not the first) has shown nothing but its header yet. */
  private boolean pageHeader;
  private final Set<Integer> pageStarts;
  private final int maxNestingDepth;

  private OutlineReader(SourceText source, Set<Integer> pageStarts, int maxNestingDepth) {
    this.source = source;
    this.pageStarts = pageStarts;
    this.maxNestingDepth = maxNestingDepth;
  }

  /** The outline of {@code source}, one page, with brackets nested at most 64 deep. */
  public static PageOutline read(SourceText source) {
    return read(source, ImmutableSet.of(), 64);
  }

  /**
   * The outline of several pages of one document, joined in {@code source}; {@code pageStarts}
   * holds the first line of each page after the first. Each page may repeat the site's header and
   * the document title and ends with its own boilerplate; the outline runs on across pages, so a
   * page that starts inside an item continues that item.
   *
   * <pre>{@code
   * PageOutline whole = OutlineReader.read(SourceText.of(page1 + "\n" + page2), Set.of(64));
   * }</pre>
   */
  public static PageOutline read(SourceText source, Set<Integer> pageStarts) {
    return read(source, pageStarts, 64);
  }

  /**
   * As {@link #read(SourceText, Set)}; a line whose brackets nest deeper than {@code
   * maxNestingDepth} is not read but reported (role {@link LineRole#UNPLACED} and a diagnostic).
   */
  public static PageOutline read(SourceText source, Set<Integer> pageStarts, int maxNestingDepth) {
    Preconditions.checkNotNull(source, "source");
    Preconditions.checkNotNull(pageStarts, "pageStarts");
    Preconditions.checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive but was %s", maxNestingDepth);
    return new OutlineReader(source, ImmutableSet.copyOf(pageStarts), maxNestingDepth).run();
  }

  /** A node while it is being read. */
  private static final class Draft {
    final Label label;
    final boolean inferred;
    final Region line;
    String title;
    boolean titleOnStatementLine;
    final List<Region> statements = new ArrayList<>();
    final List<Draft> children = new ArrayList<>();

    Draft(Label label, boolean inferred, Region line) {
      this.label = label;
      this.inferred = inferred;
      this.line = line;
    }

    OutlineNode freeze() {
      ImmutableList.Builder<OutlineNode> kids = ImmutableList.builder();
      for (Draft d : children) {
        kids.add(d.freeze());
      }
      return new OutlineNode(label, inferred, Optional.ofNullable(line), Optional.ofNullable(title),
          titleOnStatementLine, ImmutableList.copyOf(statements), kids.build());
    }
  }

  private PageOutline run() {
    for (int n = 1; n <= source.lineCount(); n++) {
      if (!pageStarts.isEmpty() && pageStarts.contains(n)) { // no boxing for one page
        trailer = false;
        pageHeader = true;
      }
      Region line = source.line(n).trim();
      if (!line.isEmpty()) {
        int tooDeep = tooDeepAt(line.text());
        if (tooDeep >= 0) {
          diagnostics.add(Diagnostic.of(line.span(tooDeep, tooDeep + 1),
              "brackets nested deeper than " + maxNestingDepth + "; the line is not read"));
          roles.put(n, LineRole.UNPLACED);
          continue;
        }
        LineRole role = pageHeader ? pageHeader(line) : null;
        if (role == null) {
          pageHeader = false;
          role = classify(line);
        }
        roles.put(n, role);
      }
    }
    ImmutableList.Builder<OutlineNode> frozen = ImmutableList.builder();
    for (Draft d : roots) {
      frozen.add(d.freeze());
    }
    return new PageOutline(source, frozen.build(), Optional.ofNullable(site), Optional.ofNullable(title),
        ImmutableList.copyOf(metadata), partial,
        totalPages == null ? OptionalInt.empty() : OptionalInt.of(totalPages),
        roles.build(), ImmutableList.copyOf(diagnostics));
  }

  /** Where the brackets of {@code s} first nest deeper than the cap, or -1. */
  private int tooDeepAt(String s) {
    if (s.length() <= maxNestingDepth) {
      return -1; // fast path: nesting deeper than the cap takes more opening brackets than that
    }
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > '〕') {
        continue; // fast path: every bracket is ASCII or in U+3008..U+3015
      }
      if (c == '(' || c == '《' || c == '〔' || c == '[' || c == '【' || c == '〈') {
        if (++depth > maxNestingDepth) {
          return i;
        }
      } else if ((c == ')' || c == '》' || c == '〕' || c == ']' || c == '】' || c == '〉') && depth > 0) {
        depth--;
      }
    }
    return -1;
  }

  private static boolean startsRelated(String s) {
    return s.startsWith("相关") || s.startsWith("推荐") || s.startsWith("热门");
  }

  /** The role of a line at the head of a later page — a banner or the repeated title — or null. */
  private LineRole pageHeader(Region line) {
    String s = line.text();
    if (BANNER.matcher(s).matches()) {
      if (site == null) {
        site = line;
      }
      return LineRole.BOILERPLATE;
    }
    if (title != null && s.equals(title.text())) {
      return LineRole.METADATA;
    }
    return null;
  }

  private LineRole classify(Region line) {
    String s = line.text();
    boolean beforeOutline = roots.isEmpty();
    if ((beforeOutline || trailer) && title == null && s.indexOf('网') >= 0 && BANNER.matcher(s).matches()) {
      if (site == null) {
        site = line;
      }
      trailer = false;
      return LineRole.BOILERPLATE;
    }
    if (trailer && s.indexOf('网') >= 0 && BANNER.matcher(s).matches()) {
      // A banner after a page's trailer is the head of the next page in a dump of pages joined
      // into one text: read on as at a page start, not as more trailer.
      trailer = false;
      pageHeader = true;
      return LineRole.BOILERPLATE;
    }
    // Each pattern below needs a character the cheap test looks for first: most lines are
    // statements, and a regex matcher per pattern per line was the loader's largest cost.
    Matcher pages = s.indexOf('页') >= 0 ? PAGINATION.matcher(s) : null;
    if (pages != null && pages.find()) {
      String total = pages.group(2) != null ? pages.group(2) : pages.group(3);
      // A page count longer than six digits is junk, not a count (found by fuzzing).
      if (total.length() <= 6) {
        totalPages = Integer.valueOf(total);
      }
      trailer = true;
      return LineRole.BOILERPLATE;
    }
    if (s.contains("部分内容") || s.contains("查看全文")) {
      partial = true;
      trailer = true;
      return LineRole.BOILERPLATE;
    }
    if ((s.startsWith("【") && LINKS.matcher(s).matches()) || (startsRelated(s) && RELATED.matcher(s).matches())) {
      trailer = true;
      return LineRole.BOILERPLATE;
    }
    if (trailer) {
      return LineRole.BOILERPLATE;
    }
    if (s.endsWith("日") && DATE.matcher(s).matches()) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    if (beforeOutline && title == null && s.length() <= 200 && !s.contains("。") && TITLE_END.matcher(s).matches()) {
      title = line;
      return LineRole.METADATA;
    }
    if (beforeOutline && s.endsWith(":") && s.length() <= 80 && (s.startsWith("各") || s.contains("各单位"))) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    Label.Match label = Label.parseAt(s, 0);
    if (label != null) {
      return numbered(line, label);
    }
    if (!beforeOutline && s.length() <= 30 && ISSUER.matcher(s).matches()) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    if (open.isEmpty()) {
      if (title != null) {
        metadata.add(line);
        return LineRole.METADATA;
      }
      diagnostics.add(Diagnostic.of(line.span(),
          "paragraph before the first numbered heading, with no document title above it: it continues an"
              + " item of an earlier page and belongs to no task here"));
      return LineRole.UNPLACED;
    }
    open.peek().statements.add(line);
    return LineRole.STATEMENT;
  }

  private LineRole numbered(Region line, Label.Match match) {
    // The label as the line writes it, full-width brackets and all.
    Label label = ImmutableLabel.builder()
        .level(match.label.level())
        .ordinal(match.label.ordinal())
        .written(line.sub(0, match.length).original())
        .build();
    Draft node = new Draft(label, false, line);
    attach(node, line);
    Region rest = line.from(match.length).trim();
    String r = rest.text();
    if (r.isEmpty()) {
      return LineRole.HEADING;
    }
    int stop = r.indexOf('。');
    if (stop > 0 && stop <= 20 && stop + 1 < r.length() && isPlainTitle(r.substring(0, stop))) {
      node.title = rest.sub(0, stop).text();
      node.titleOnStatementLine = true;
      node.statements.add(rest.from(stop + 1).trim());
      return LineRole.STATEMENT;
    }
    boolean sentence = r.indexOf('。') >= 0 || r.indexOf(';') >= 0;
    // YEAR needs a 年: the cheap test spares most lines a matcher.
    if (!sentence && (r.indexOf('年') < 0 || !YEAR.matcher(r).find()) && !r.contains("单位:") && r.length() <= 60) {
      node.title = rest.text();
      return LineRole.HEADING;
    }
    node.statements.add(rest);
    return LineRole.STATEMENT;
  }

  private static boolean isPlainTitle(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ':' || c == ';' || (c >= '0' && c <= '9') || c == '(') {
        return false;
      }
    }
    return true;
  }

  /** Puts a new node in the tree: under the innermost open node above its level. */
  private void attach(Draft node, Region line) {
    Level level = node.label.level();
    while (!open.isEmpty() && !level.isDeeperThan(open.peek().label.level())) {
      open.pop();
    }
    if (open.isEmpty()) {
      if (!roots.isEmpty() && roots.get(0).label.level().isDeeperThan(level)) {
        wrapRoots(node, line);
      }
      roots.add(node);
    } else {
      open.peek().children.add(node);
    }
    open.push(node);
  }

  /** The page started inside a node of {@code node}'s level: infer it from what came before. */
  private void wrapRoots(Draft node, Region line) {
    int ordinal = node.label.ordinal() - 1;
    if (ordinal < 1) {
      diagnostics.add(Diagnostic.of(line.span(), "numbered items stand before " + node.label.written()
          + ", the first of its level; they are kept under an inferred " + node.label.level().example()
          + " numbered 0"));
      ordinal = 0;
    }
    Draft inferred = new Draft(Label.of(node.label.level(), ordinal), true, null);
    inferred.children.addAll(roots);
    roots.clear();
    roots.add(inferred);
  }
}
