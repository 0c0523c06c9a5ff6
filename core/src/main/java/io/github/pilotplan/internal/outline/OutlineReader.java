package io.github.pilotplan.internal.outline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.Shared;
import io.github.pilotplan.internal.text.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceLine;

/**
 * Reads the lines of a page into a {@link PageOutline}, in one pass.
 *
 * <pre>{@code
 * PageOutline page = OutlineReader.read(SourceText.of(text));
 * }</pre>
 *
 * <p>Each non-blank line is, in this order of tests: boilerplate (the page furniture {@link
 * PageFurniture} recognizes: a site banner, pagination, a notice that the page holds part of the
 * text, links, and the page's trailer after them); metadata
 * (the title, which is never a numbered line and may run over up to three lines; the lines around
 * it before the outline — number, addressee, cover letter, issuer, date, preamble; a short issuer
 * line after the outline; a 附件 line, after which numbering starts again); a numbered line (see
 * {@link Label}; an {@code N.} before a digit only where the numbering around it says it is an
 * item); or a paragraph of the innermost numbered node above it.
 *
 * <p>A numbered line is a heading alone when it has no sentence end (。;), no year and no unit
 * annotation; it opens with a title when its first sentence reads as one (short phrases, no date,
 * quantity, bracket or rule word: see {@link #isTitle(String, int)}) and more follows; otherwise it
 * is a statement. When a heading arrives whose level is above every node read so far (a page that
 * starts inside a section), those nodes are wrapped in an inferred node of that level, numbered one
 * before it.
 *
 * <p>Nothing is misread silently: a label that repeats, goes back or skips at its level, a line that
 * opens like a label without being one, and an {@code N.} that could be an item or a number each
 * give a diagnostic with line and column. No test is a pattern that recurses or backtracks over a
 * line: every line costs one scan.
 */
public final class OutlineReader {

  private static final Pattern DATE = Pattern.compile("^(\\d{4}|[〇○零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日$");
  /** How a document title ends. */
  private static final String[] TITLE_ENDS =
      {"通知", "方案", "意见", "办法", "决定", "要点", "规划", "函", "通告", "报告", "细则", "计划", "条例", "规定"};
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d年");
  private static final Pattern ISSUER = Pattern.compile("^\\S{2,20}(人民政府|办公室|委员会|办公厅|局)$");

  private final SourceText source;
  /** The role of each non-blank line; lines are read in order, so the keys arrive sorted. */
  /** The role of each non-blank line by line number; a role may be revised while later lines are read. */
  private final LineRole[] roles;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Region> metadata = new ArrayList<>();
  private final List<Draft> roots = new ArrayList<>();
  private final Deque<Draft> open = new ArrayDeque<>();
  /** The page furniture: site banners, pagination, the trailer after it. */
  private final PageFurniture furniture = new PageFurniture();
  private Region title;
  /** The lines of the title, each trimmed; two for a title split over two lines. */
  private final List<String> titleLines = new ArrayList<>();
  /** Whether the last non-blank line read was (the end of) the title. */
  private boolean lastWasTitle;
  /** The title as one line: its parts joined, a site's status note and enclosing 《》 removed. */
  private String titleText;
  /**
   * Paragraphs before the first numbered line while no title has been read: the notice around
   * a document (number, addressee, cover letter) when a title follows, or else the end of an
   * item of an earlier page. Decided when the title or the end arrives.
   */
  private final List<Held> held = new ArrayList<>();
  private int currentLine;
  /** How many non-blank lines have been read. */
  private int nonBlank;
  /** Whether a numbered line has been read yet. */
  private boolean anyNumbered;
  /** Whether a 附件 line stands above: the numbering that follows starts again. */
  private boolean afterAttachment;
  /** The ordinal of the last label read at each level. */
  private final int[] lastOrdinal = new int[Level.values().length];
  private final Set<Integer> pageStarts;
  private final int maxNestingDepth;

  private OutlineReader(SourceText source, Set<Integer> pageStarts, int maxNestingDepth) {
    this.source = source;
    this.pageStarts = pageStarts;
    this.maxNestingDepth = maxNestingDepth;
    this.roles = new LineRole[source.lineCount() + 1];
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

  /** A paragraph held before the title, with where its diagnostic would go. */
  private static final class Held {
    final Region line;
    final int lineNumber;
    final int diagnosticIndex;
    final int nonBlank;

    Held(Region line, int lineNumber, int diagnosticIndex, int nonBlank) {
      this.line = line;
      this.lineNumber = lineNumber;
      this.diagnosticIndex = diagnosticIndex;
      this.nonBlank = nonBlank;
    }
  }

  /** A node while it is being read. */
  private static final class Draft {
    final Label label;
    final boolean inferred;
    final Region line;
    String title;
    boolean titleOnStatementLine;
    /** The line number of a line that is one title-like sentence ("(一)推进大数据基础设施建设。"), or 0. */
    int soleTitleLine;
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
      return new OutlineNode(label, inferred, Optional.ofNullable(line),
          Optional.ofNullable(title == null ? null : Shared.word(title)),
          titleOnStatementLine, ImmutableList.copyOf(statements), kids.build());
    }
  }

  private PageOutline run() {
    // A text with no more opening brackets than the cap has no line nested deeper: one count of
    // the whole text instead of one per line.
    boolean mayNestTooDeep = openingBracketsOfText() > maxNestingDepth;
    for (int n = 1; n <= source.lineCount(); n++) {
      if (!pageStarts.isEmpty() && pageStarts.contains(n)) { // no boxing for one page
        furniture.pageStart();
      }
      Region line = source.line(n).trim();
      if (!line.isEmpty()) {
        int tooDeep = mayNestTooDeep ? tooDeepAt(line.text()) : -1;
        if (tooDeep >= 0) {
          diagnostics.add(Diagnostic.of(line.span(tooDeep, tooDeep + 1),
              "brackets nested deeper than " + maxNestingDepth + "; the line is not read"));
          roles[n] = LineRole.UNPLACED;
          continue;
        }
        currentLine = n;
        nonBlank++;
        LineRole role = furniture.atPageHeader() ? pageHeader(line) : null;
        if (role == null) {
          furniture.headerEnded();
          role = classify(line);
        }
        lastWasTitle = title != null && title.end() >= line.end();
        if (role != null) {
          roles[n] = role;
        }
      }
    }
    flushHeld();
    ImmutableList.Builder<OutlineNode> frozen = ImmutableList.builder();
    for (Draft d : roots) {
      frozen.add(d.freeze());
    }
    // Held lines that became metadata when the title came join the others in line order.
    metadata.sort(java.util.Comparator.comparingInt(Region::start));
    return new PageOutline(source, frozen.build(), furniture.site(), Optional.ofNullable(title),
        Optional.ofNullable(titleText), ImmutableList.copyOf(metadata), furniture.partial(),
        furniture.totalPages(), lines(), ImmutableList.copyOf(diagnostics));
  }

  /** The role of each non-blank line, in line order (no map of boxed line numbers to sort). */
  private ImmutableList<SourceLine> lines() {
    ImmutableList.Builder<SourceLine> lines = ImmutableList.builderWithExpectedSize(roles.length);
    for (int n = 1; n < roles.length; n++) {
      if (roles[n] != null) {
        lines.add(SourceLine.of(n, roles[n]));
      }
    }
    return lines.build();
  }

  /** Where the brackets of {@code s} first nest deeper than the cap, or -1. */
  private int tooDeepAt(String s) {
    if (s.length() <= maxNestingDepth || openingBrackets(s) <= maxNestingDepth) {
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

  /** The opening brackets tooDeepAt counts. */
  static final char[] OPENING = {'(', '《', '〔', '[', '【', '〈'};
  /**
   * Every character that cleans to one of {@link #OPENING} (the full-width （ too), as a test
   * checks against the cleaning of all 65,536 characters.
   */
  static final String OPENING_AS_WRITTEN = "([\u3008\u300A\u3010\u3014\uFF08";

  /**
   * How many opening brackets {@code s} holds, counted up to one past the cap: each kind found by
   * {@link String#indexOf(int)}, which is vectorized, where a loop over the line is not.
   */
  /**
   * The opening brackets in the whole cleaned text, counted up to one past the cap: the characters
   * of the original text that clean to one ({@link #OPENING_AS_WRITTEN}), each found with {@link
   * String#indexOf(int, int)}, which runs on vector instructions.
   */
  private int openingBracketsOfText() {
    String text = source.original();
    int count = 0;
    for (int k = 0; k < OPENING_AS_WRITTEN.length(); k++) {
      char o = OPENING_AS_WRITTEN.charAt(k);
      for (int i = text.indexOf(o); i >= 0 && count <= maxNestingDepth; i = text.indexOf(o, i + 1)) {
        count++;
      }
    }
    return count;
  }

  private int openingBrackets(String s) {
    int count = 0;
    for (char o : OPENING) {
      for (int i = s.indexOf(o); i >= 0 && count <= maxNestingDepth; i = s.indexOf(o, i + 1)) {
        count++;
      }
    }
    return count;
  }

  /** The role of a line at the head of a later page — a banner or the repeated title — or null. */
  private LineRole pageHeader(Region line) {
    if (furniture.banner(line)) {
      return LineRole.BOILERPLATE;
    }
    String s = line.text();
    if (titleLines.contains(s)) {
      return LineRole.METADATA;
    }
    return null;
  }

  private LineRole classify(Region line) {
    String s = line.text();
    boolean beforeOutline = roots.isEmpty();
    if (furniture.isFurniture(line, beforeOutline, title != null)) {
      return LineRole.BOILERPLATE;
    }
    if (s.endsWith("日") && DATE.matcher(s).matches()) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    LabelGrammar.Match label = LabelGrammar.parseAt(s, 0);
    LabelGrammar.Match beforeDigit = label == null ? LabelGrammar.beforeDigitAt(s, 0) : null;
    boolean numberedLine = label != null || beforeDigit != null;
    String core = beforeOutline && title == null && !numberedLine && s.length() <= 200 && s.indexOf('。') < 0
        ? titleCore(s) : null;
    if (core != null && endsLikeTitle(core)) {
      // A numbered line ("四、固本强基行动计划") is a heading, never the document title.
      readTitle(line, null);
      return LineRole.METADATA;
    }
    String cell = beforeOutline && title == null && s.indexOf('|') > 0 ? portalTitle(s) : null;
    if (cell != null && endsLikeTitle(cell)) {
      // A government site's table of facts: "名 称: | 市人民政府办公室关于印发…的通知 |".
      readTitle(line, cell);
      return LineRole.METADATA;
    }
    if (title != null && lastWasTitle && beforeOutline && s.startsWith("的") && s.length() <= 12
        && endsLikeTitle(titleCore(s)) && title.end() < line.start()) {
      // "关于印发…实施方案" / "的通知": the title goes on.
      title = source.region(title.start(), line.end());
      titleLines.add(s);
      titleText = titleCore(titleText + s);
      return LineRole.METADATA;
    }
    if (beforeOutline && s.endsWith(":") && s.length() <= 80 && (s.startsWith("各") || s.contains("各单位"))) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    if (!beforeOutline && !numberedLine && isAttachmentMark(s)) {
      // 附件 (附件1, 附件:…): what follows is another document; its numbering starts again.
      metadata.add(line);
      open.clear();
      afterAttachment = true;
      return LineRole.METADATA;
    }
    if (label != null) {
      return numbered(line, label);
    }
    if (beforeDigit != null) {
      int ordinal = beforeDigit.label.ordinal();
      String problem = sequenceProblem(Level.ITEM, ordinal);
      if (problem == null && !beforeDigit.measure) {
        // "11.121人才梯队项目" after item 10: item 11, whose statement starts with a number.
        return numbered(line, beforeDigit);
      }
      String number = numberAt(s);
      if (problem == null) {
        diagnostics.add(Diagnostic.of(line.span(0, number.length()), number + " could be item " + ordinal
            + ", the next in the numbering, or the number " + number + " before a measure; it is read as"
            + " the number, in the paragraph above (write " + ordinal + "、 for an item)"));
      } else if (!beforeDigit.measure) {
        diagnostics.add(Diagnostic.of(line.span(0, number.length()), number + " looks like item " + ordinal
            + " but does not fit the numbering (" + problem + "); it is read as the number " + number
            + ", in the paragraph above"));
      }
    } else {
      int lookalike = LabelGrammar.lookalikeAt(s, 0);
      if (lookalike > 0) {
        String opening = line.sub(0, lookalike).original();
        diagnostics.add(Diagnostic.of(line.span(0, lookalike), s.charAt(0) == '第'
            ? "\"" + opening + "\" opens the line as a label would, but what follows makes it a reference"
                + " (\"" + opening + "规定的…\"); the line is read as a paragraph"
            : "\"" + opening + "\" looks like a number label but is none of the forms 第一章 第一节 第一条 第一款"
                + " 一、 (一) 1、 1. (1) 1) ①; the line is read as a paragraph"));
      }
    }
    if (!beforeOutline && s.length() <= 30 && ISSUER.matcher(s).matches()) {
      metadata.add(line);
      return LineRole.METADATA;
    }
    if (open.isEmpty()) {
      if (title != null || afterAttachment) {
        metadata.add(line);
        return LineRole.METADATA;
      }
      if (beforeOutline) {
        // The notice around a document, or a stray paragraph: decided by whether a title follows.
        held.add(new Held(line, currentLine, diagnostics.size(), nonBlank));
        return null;
      }
      diagnostics.add(Diagnostic.of(line.span(), UNPLACED_PARAGRAPH));
      return LineRole.UNPLACED;
    }
    Draft node = open.peek();
    soleSentenceIsTitle(node);
    node.statements.add(line);
    return LineRole.STATEMENT;
  }

  private static final String UNPLACED_PARAGRAPH = "paragraph before the first numbered heading, with no"
      + " document title above it: it continues an item of an earlier page and belongs to no task here";

  /** The number that opens {@code s}: "2.5" of "2.5%". */
  private static String numberAt(String s) {
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.') && i < 12) {
      i++;
    }
    return s.substring(0, i);
  }

  /**
   * Whether {@code s} ends as a document title does (通知, 方案, 意见 …), before a short bracket
   * that may close it: "…行动方案(2022—2024年)", "…实施意见(试行)".
   */
  private static boolean endsLikeTitle(String s) {
    if (s.endsWith(")")) {
      int open = s.lastIndexOf('(');
      if (open > 0 && s.length() - open <= 16) {
        s = s.substring(0, open);
      }
    }
    for (String end : TITLE_ENDS) {
      if (s.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /** "附件", "附件1", "附件:东莞市…任务分解表", short and without a sentence end. */
  private static boolean isAttachmentMark(String s) {
    if (!s.startsWith("附件") || s.length() > 60 || s.indexOf('。') >= 0 || s.indexOf(';') >= 0) {
      return false;
    }
    int i = 2;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    // "附件", "附件1", "附件:…", "附件2 …"; not "附件所列项目…", a sentence about one.
    return i == s.length() || s.charAt(i) == ':' || s.charAt(i) == ' ' || s.charAt(i) == '、';
  }

  /**
   * {@code s} as a title: without a site's status note in brackets at its end ("(已废止)",
   * "(已失效)"), without a document number before it ("东府办〔2018〕3号《…》", "晋政办发〔2017〕55号 …") and, if the whole line stands in 《》, without them (the 〈〉 inside becoming 《》);
   * null if nothing is left.
   */
  static String titleCore(String s) {
    String t = s.strip();
    if (t.endsWith(")")) {
      int open = t.lastIndexOf('(');
      if (open > 0 && t.length() - open <= 8) {
        String note = t.substring(open);
        if (note.contains("废止") || note.contains("失效")) {
          t = t.substring(0, open).strip();
        }
      }
    }
    int number = t.indexOf('号');
    if (number > 0 && number <= 20 && number + 1 < t.length() && t.lastIndexOf('〕', number) >= 0
        && ((t.charAt(number + 1) == '《' && t.endsWith("》")) || t.charAt(number + 1) == ' ')) {
      // "东府办〔2018〕3号《…》", "晋政办发〔2017〕55号 山西省…": a document number before the title
      t = t.substring(number + 1).strip();
    }
    if (t.length() > 2 && t.charAt(0) == '《' && t.charAt(t.length() - 1) == '》' && t.indexOf('》') == t.length() - 1) {
      t = t.substring(1, t.length() - 1).replace('〈', '《').replace('〉', '》');
    }
    return t.isEmpty() ? null : t;
  }

  /**
   * Whether a paragraph just above the title line may be part of the title: at most 40
   * characters, without sentence end, comma, colon, semicolon or the 〔〕 of a document number.
   */
  private static boolean isTitlePart(String s) {
    return s.length() <= 40 && s.indexOf('。') < 0 && s.indexOf(',') < 0 && s.indexOf(':') < 0
        && s.indexOf(';') < 0 && s.indexOf('|') < 0 && s.indexOf('〔') < 0 && s.indexOf('[') < 0;
  }

  /**
   * Whether held lines {@code head} read as the first part of a title that {@code line} ends: they
   * name the subject (关于) or leave a 《 or “ open, or they are an issuer's name
   * ("东莞市人民政府办公室") and the title line opens with 关于.
   */
  private static boolean isTitleHead(String head, String line) {
    return head.contains("关于") || opens(head, '《', '》') || opens(head, '“', '”')
        || (head.length() <= 30 && ISSUER.matcher(head).matches() && line.startsWith("关于"));
  }

  private static boolean opens(String s, char open, char close) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * The title ends on {@code line}. Up to two held paragraphs right above it (no other line
   * between) are its first parts if they read so ("国务院办公厅关于印发文化体制改革中" /
   * "经营性文化事业单位转制为企业和进一步" / "支持文化企业发展两个规定的通知"); every other held
   * paragraph is the notice around the document: metadata.
   */
  private void readTitle(Region line, String cell) {
    int parts = 0;
    for (int k = 1; cell == null && k <= Math.min(2, held.size()); k++) {
      Held h = held.get(held.size() - k);
      if (h.nonBlank != nonBlank - k || !isTitlePart(h.line.text())) {
        break;
      }
      StringBuilder head = new StringBuilder();
      for (int j = held.size() - k; j < held.size(); j++) {
        head.append(held.get(j).line.text().strip());
      }
      if (isTitleHead(head.toString(), line.text())) {
        parts = k;
      }
    }
    StringBuilder text = new StringBuilder();
    int start = line.start();
    for (int j = 0; j < held.size(); j++) {
      Held h = held.get(j);
      roles[h.lineNumber] = LineRole.METADATA;
      if (j >= held.size() - parts) {
        text.append(h.line.text().strip());
        titleLines.add(h.line.text().strip());
        start = Math.min(start, h.line.start());
      } else {
        metadata.add(h.line);
      }
    }
    held.clear();
    text.append(line.text().strip());
    titleLines.add(line.text().strip());
    title = start == line.start() ? line : source.region(start, line.end());
    titleText = titleCore(cell != null ? cell : text.toString());
  }

  /**
   * The cell after 名称 or 标题 in a line of a site's table of facts ("名 称: | X |"), or null.
   */
  static String portalTitle(String s) {
    int bar = s.indexOf('|');
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < bar; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        key.append(s.charAt(i));
      }
    }
    String k = key.toString();
    if (!k.equals("名称:") && !k.equals("标题:") && !k.equals("名称") && !k.equals("标题")) {
      return null;
    }
    for (String part : s.substring(bar + 1).split("\\|")) {
      if (!part.isBlank()) {
        return part.strip();
      }
    }
    return null;
  }

  /** No title came: the held paragraphs belong to no task here. */
  private void flushHeld() {
    if (held.isEmpty()) {
      return;
    }
    // Merged in one pass (not inserted one by one): each goes where it stood among the others.
    List<Diagnostic> merged = new ArrayList<>(diagnostics.size() + held.size());
    int next = 0;
    for (Held h : held) {
      while (next < h.diagnosticIndex && next < diagnostics.size()) {
        merged.add(diagnostics.get(next++));
      }
      merged.add(Diagnostic.of(h.line.span(), UNPLACED_PARAGRAPH));
      roles[h.lineNumber] = LineRole.UNPLACED;
    }
    while (next < diagnostics.size()) {
      merged.add(diagnostics.get(next++));
    }
    diagnostics.clear();
    diagnostics.addAll(merged);
    held.clear();
  }

  private LineRole numbered(Region line, LabelGrammar.Match match) {
    // The label as the line writes it, full-width brackets and all: the label read from the cleaned
    // line when the line writes it so (most lines), else a label with the original characters.
    String written = match.label.written();
    Label label = line.source().original().regionMatches(line.start(), written, 0, written.length())
        ? match.label
        : Label.of(match.label.level(), match.label.ordinal(), line.sub(0, match.length).original());
    Draft node = new Draft(label, false, line);
    attach(node, line, match.length);
    Region rest = line.from(match.length).trim();
    String r = rest.text();
    if (r.isEmpty()) {
      return LineRole.HEADING;
    }
    int stop = r.indexOf('。');
    if (stop > 0 && stop + 1 < r.length() && mayHaveTitle(label.level()) && isTitle(r, stop)
        && isStatement(r, stop + 1)) {
      node.title = rest.sub(0, stop).text();
      node.titleOnStatementLine = true;
      node.statements.add(rest.from(stop + 1).trim());
      return LineRole.STATEMENT;
    }
    boolean sentence = r.indexOf('。') >= 0 || r.indexOf(';') >= 0;
    // YEAR needs a 年: the cheap test spares most lines a matcher.
    if (!sentence && mayHaveTitle(label.level()) && (r.indexOf('年') < 0 || !YEAR.matcher(r).find()) && !r.contains("单位:") && r.length() <= 60) {
      node.title = rest.text();
      return LineRole.HEADING;
    }
    node.statements.add(rest);
    if (stop == r.length() - 1 && !label.level().isDeeperThan(Level.SECTION) && mayHaveTitle(label.level())
        && isTitle(r, stop, true)) {
      node.soleTitleLine = currentLine; // a heading if a paragraph follows it
    }
    return LineRole.STATEMENT;
  }

  /**
   * A paragraph or a numbered line goes under {@code node}: if its line was one title-like
   * sentence ("(一)推进大数据基础设施建设。"), that sentence was its heading, not a task. Only for
   * the levels of headings (一、 and (一), and the chapters and sections of regulations): a one-sentence
   * item ("1.市、镇两级财政每年安排专项资金。") is a task even when a paragraph follows it.
   */
  private void soleSentenceIsTitle(Draft node) {
    if (node.soleTitleLine > 0 && node.statements.size() == 1 && node.children.isEmpty()) {
      String sentence = node.statements.get(0).text();
      node.title = sentence.substring(0, sentence.length() - 1);
      node.statements.clear();
      roles[node.soleTitleLine] = LineRole.HEADING;
    }
    node.soleTitleLine = 0;
  }

  /**
   * Whether {@code r} from {@code from} on says something outside brackets: a statement, not only a
   * unit annotation ("各地要长期坚持,常抓不懈。(责任单位:市民政局)" has no title: the sentence is the task).
   */
  private static boolean isStatement(String r, int from) {
    int depth = 0;
    for (int i = from; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '(' || c == '〔' || c == '【' || c == '[') {
        depth++;
      } else if (c == ')' || c == '〕' || c == '】' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** Articles and clauses of a regulation are statements throughout: they open with no title. */
  private static boolean mayHaveTitle(Level level) {
    return level != Level.ARTICLE && level != Level.CLAUSE;
  }

  /** What makes a number a date or a quantity: "2012年", "5年内", "80%", "1000名", "10个". */
  private static final String CHINESE_NUMERALS = "一二三四五六七八九十两";
  private static final String QUANTITY_AFTER = "年月日号%‰万亿千百元倍米吨亩公平立克升度个名家所项次批处";

  /**
   * Whether the first sentence of {@code r}, up to the 。 at {@code stop}, is an item's title: a
   * heading is short phrases, not a statement. It holds no date or quantity (a number before 年,
   * 月, %, 万, 名, 个 …, or 五年: "121人才梯队项目" is a name, "2012年前" a deadline), no colon,
   * semicolon or 《 (documents, lists), no bracket but a short note ("工业企业(场所)", not an
   * annotation such as "(牵头单位:…)"), no 应当, 必须 or 不得 (a rule), and is either one phrase of at most 30
   * characters ("加强深莞惠三地合作") or two or three phrases of at most 16 characters each, split
   * by commas ("强化顶层设计引领,发挥政府宏观指导作用").
   */
  static boolean isTitle(String r, int stop) {
    return isTitle(r, stop, false);
  }

  /**
   * As {@link #isTitle(String, int)}; for a sentence that is the whole numbered line, with a
   * paragraph or numbered line under it ({@code wholeLine}), any number of phrases up to 60
   * characters in all: its place already says it is a heading.
   */
  static boolean isTitle(String r, int stop, boolean wholeLine) {
    if (stop > (wholeLine ? 60 : 40)) {
      return false;
    }
    int phrases = 1;
    int phrase = 0;
    int longest = 0;
    for (int i = 0; i < stop; i++) {
      char c = r.charAt(i);
      if (c >= '0' && c <= '9') {
        int e = i;
        while (e < stop && ((r.charAt(e) >= '0' && r.charAt(e) <= '9') || r.charAt(e) == '.')) {
          e++;
        }
        if (e >= stop || QUANTITY_AFTER.indexOf(r.charAt(e)) >= 0) {
          return false;
        }
      }
      if (CHINESE_NUMERALS.indexOf(c) >= 0 && i + 1 < stop && "年月日".indexOf(r.charAt(i + 1)) >= 0) {
        return false; // "五年内": a time, as in a statement
      }
      if (c == '(') {
        // A short note in brackets belongs to a title ("工业企业(场所)"); an annotation does not.
        int close = r.indexOf(')', i);
        if (close < 0 || close > stop || close - i - 1 > 10) {
          return false;
        }
        String note = r.substring(i + 1, close);
        if (note.indexOf(':') >= 0 || note.contains("单位") || note.contains("牵头") || note.contains("负责")) {
          return false;
        }
      }
      if (c == ':' || c == ';' || c == '《' || c == '〔' || c == '[') {
        return false;
      }
      if ((c == '应' || c == '必' || c == '不') && i + 1 < stop && "当须得".indexOf(r.charAt(i + 1)) >= 0) {
        return false; // 应当, 必须, 不得: a rule, not a heading
      }
      if (c == ',') {
        phrases++;
        longest = Math.max(longest, phrase);
        phrase = 0;
      } else {
        phrase++;
      }
    }
    longest = Math.max(longest, phrase);
    if (wholeLine) {
      return phrase > 0;
    }
    if (phrases == 1) {
      return longest <= 30;
    }
    return phrases <= 3 && longest <= 16 && phrase > 0;
  }

  /**
   * What is wrong with a label of {@code level} numbered {@code ordinal} read next, or null when
   * it fits: it follows the last sibling of its level by one; or it is the first of its level under
   * its parent and is numbered 1 or one after the last label of its level anywhere (articles run on
   * through chapters; some plans number items through their sections); or it is the first label of
   * its level on the page (a page may start mid-plan, and numbering may run on from an earlier page)
   * or the first after an attachment mark; or it starts the outermost level again at 1 (a second
   * document, an attachment).
   */
  private String sequenceProblem(Level level, int ordinal) {
    Draft parent = null;
    for (Draft d : open) {
      if (level.isDeeperThan(d.label.level())) {
        parent = d;
        break;
      }
    }
    List<Draft> siblings = parent == null ? roots : parent.children;
    if (parent == null && !roots.isEmpty() && roots.get(0).label.level().isDeeperThan(level)) {
      return null; // the page started inside a node of this level: it is inferred
    }
    if (!anyNumbered) {
      return null;
    }
    Draft previous = null;
    for (int i = siblings.size() - 1; i >= 0; i--) {
      Draft d = siblings.get(i);
      if (d.label.level() == level) {
        previous = d;
        break;
      }
    }
    String under = parent == null ? "" : " under " + parent.label.written();
    if (previous == null) {
      int last = lastOrdinal[level.ordinal()];
      if (ordinal == 1 || ordinal == last + 1 || last == 0 || (parent == null && afterAttachment)) {
        return null;
      }
      String of = level.example();
      return "the first " + of + " label" + under + " is numbered " + ordinal
          + (last > 0 ? ", neither 1 nor " + (last + 1) + " after the last one" : ", not 1");
    }
    int expected = previous.label.ordinal() + 1;
    if (ordinal == expected || (ordinal == 1 && parent == null)) {
      return null;
    }
    String after = "after " + previous.label.written() + under;
    if (ordinal < expected) {
      return "the numbering repeats or goes back: " + ordinal + " " + after + ", where " + expected + " was due";
    }
    return "the numbering skips " + (ordinal - expected == 1 ? String.valueOf(expected) : expected + " to " + (ordinal - 1))
        + ": " + ordinal + " " + after;
  }

  /** Puts a new node in the tree: under the innermost open node above its level. */
  private void attach(Draft node, Region line, int labelLength) {
    Level level = node.label.level();
    String problem = sequenceProblem(level, node.label.ordinal());
    if (problem != null) {
      diagnostics.add(Diagnostic.of(line.span(0, labelLength), node.label.written() + ": " + problem));
    }
    while (!open.isEmpty() && !level.isDeeperThan(open.peek().label.level())) {
      open.pop();
    }
    if (open.isEmpty()) {
      if (!roots.isEmpty() && roots.get(0).label.level().isDeeperThan(level) && !afterAttachment) {
        wrapRoots(node, line);
      }
      roots.add(node);
    } else {
      soleSentenceIsTitle(open.peek());
      open.peek().children.add(node);
    }
    open.push(node);
    anyNumbered = true;
    lastOrdinal[level.ordinal()] = node.label.ordinal();
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
