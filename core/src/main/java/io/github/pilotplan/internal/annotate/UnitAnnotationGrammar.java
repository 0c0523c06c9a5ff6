package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.CharClass;
import io.github.pilotplan.internal.text.Brackets;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.model.UnitNaming;
import io.github.pilotplan.internal.text.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pilotplan.model.CarriedRule;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitRole;

/**
 * Finds responsibility clauses: who leads, answers for, supports or guides a task.
 *
 * <pre>{@code
 * // "…促进社区居民人际关系。(责任单位:市民政局、市财政局、市经贸局、市机编办)"
 * UnitAnnotationGrammar.find(region).get(0).units();   // [市民政局, 市财政局, 市经贸局, 市机编办]
 * // "…(生态环境部牵头,国家发展改革委、工业和信息化部参与)"
 * UnitAnnotationGrammar.find(region).get(0).roles();   // [生态环境部 LEAD, 国家发展改革委 SUPPORTING, …]
 * }</pre>
 *
 * <p>A bracket is a clause when it is made of parts, separated by {@code ,} {@code ;} or {@code 。},
 * each of which is
 * <ul>
 *   <li>a key and a colon and a list: 责任单位 / 负责单位 / 主办单位 / 责任部门 (responsible), 牵头单位 /
 *       牵头部门 (lead), 配合单位 / 配合部门 / 协办单位 / 协助单位 / 参与单位 (supporting), 指导单位 (guiding);
 *       a part without a key continues the list before it ("配合单位:B、C,各区、县级市");
 *   <li>a list and a role verb: "A牵头", "B、C参与", "B配合", "B协办", "A负责", "A落实", "C指导";
 *   <li>a rule: "排在第一位的部门为牵头部门" / "列第一位者为牵头单位" (the first unit listed leads), with
 *       "下同" carrying it to later tasks; or a blanket clause "以下均需试点城市政府落实,不再列出".
 * </ul>
 * In running text, "由A牵头,B配合" and "由A负责" are clauses too. Lists split on 、 outside nested
 * brackets, and before 和各 / 及各 / 等和 ("扶贫办、教育部等和各省级人民政府"), never inside a name
 * (工业和信息化部). A distributive collective stays one unit ("各区、县级市", "各省、自治区、直辖市人民政府"),
 * and so does a trailing clause such as "各相关部门、镇街(园区)按职责分工负责". Other brackets — 村(居)委会,
 * document numbers — are never clauses. Without a key, a list is read only when each name reads as
 * a body (it ends in 部, 局, 委, 办, 政府…, or opens with 各).
 *
 * <p>Each pass over a statement is linear in its length.
 */
public final class UnitAnnotationGrammar {

  /** Keys, each followed by a colon, and the role they give. */
  private static final String[] KEYS = {"责任单位", "牵头单位", "配合单位", "负责单位", "责任部门", "牵头部门",
      "配合部门", "主办单位", "协办单位", "参与单位", "协助单位", "指导单位"};
  private static final UnitRole[] KEY_ROLES = {UnitRole.RESPONSIBLE, UnitRole.LEAD, UnitRole.SUPPORTING,
      UnitRole.RESPONSIBLE, UnitRole.RESPONSIBLE, UnitRole.LEAD, UnitRole.SUPPORTING, UnitRole.RESPONSIBLE,
      UnitRole.SUPPORTING, UnitRole.SUPPORTING, UnitRole.SUPPORTING, UnitRole.GUIDING};

  /** Role verbs that close a list ("A牵头"), longest first, and the role they give. */
  private static final String[] VERBS = {"牵头负责", "牵头", "负责", "落实", "负责落实", "牵头督导", "主办",
      "参与", "配合", "协办", "协助", "参加", "指导", "督导"};
  private static final UnitRole[] VERB_ROLES = {UnitRole.LEAD, UnitRole.LEAD, UnitRole.RESPONSIBLE,
      UnitRole.RESPONSIBLE, UnitRole.RESPONSIBLE, UnitRole.LEAD, UnitRole.RESPONSIBLE,
      UnitRole.SUPPORTING, UnitRole.SUPPORTING, UnitRole.SUPPORTING, UnitRole.SUPPORTING,
      UnitRole.SUPPORTING, UnitRole.GUIDING, UnitRole.GUIDING};

  /** Words that make a bracket a responsibility clause; one without a unit read is reported. */
  private static final String[] RESPONSIBILITY_WORDS = {"责任单位", "牵头单位", "配合单位", "负责单位",
      "责任部门", "牵头部门", "配合部门", "主办单位", "协办单位", "参与单位", "协助单位", "指导单位", "牵头"};

  /** What a body's name ends with, when it is read without a key. */
  private static final String[] BODY_ENDS = {"部", "委", "局", "署", "办", "厅", "院", "会", "府", "中心",
      "行", "室", "所", "处", "社", "组", "部门", "单位", "机构", "联", "协", "司", "团", "中央", "站", "馆",
      "校", "台", "队", "科", "机关", "企业", "党委", "区", "县", "市", "省", "镇", "乡", "街道", "村",
      "集团", "大学", "学院", "基地", "园区"};

  /** Words that never stand in a body's name, when it is read without a key. */
  private static final String[] NOT_IN_NAMES = {"的", "由", "在", "对", "将", "把", "为", "是", "要", "可", "应",
      "给予", "进行", "开展", "加强", "推进", "制定", "建立", "完善"};

  /** Administrative levels a distributive collective lists after its 各: 各区、县级市. */
  private static final String[] LEVELS = {"省", "自治区", "直辖市", "计划单列市", "副省级市", "市", "地级市",
      "县级市", "区", "县", "市辖区", "自治州", "州", "盟", "旗", "乡", "镇", "乡镇", "街道", "镇街", "园区",
      "开发区", "新区", "新疆生产建设兵团", "兵团"};
  /** What may follow the last level of a distributive collective: 各省、自治区、直辖市人民政府. */
  private static final String[] LEVEL_BODIES = {"", "人民政府", "政府", "党委", "党委和政府", "党委、政府",
      "有关部门", "相关部门", "管委会"};

  /** A phrase after a list that gives each unit its share, not a unit: "A、B按职责分工负责". */
  private static final String[] DUTY_PHRASES = {"按照职责分工负责", "按职责分工负责", "按照职责负责", "按职责负责",
      "按职责分工落实", "分别负责", "共同负责", "按照职责分工", "按职责分工", "按职责", "分别", "共同"};

  /** The first unit listed leads: 排在第一位的部门为牵头部门, 列第一位者为牵头单位, 排名第一的为牵头单位. */
  private static final Pattern FIRST_LISTED = Pattern.compile("^(?:其中)?[^,;。]{0,6}(?:第一位|第一个|首位|第一)[^,;。]{0,8}牵头[^,;。]{0,4}$");
  /**
   * A blanket clause: 以下均需试点城市政府落实, 以下各项均由各省级人民政府负责, 具体任务均涉及相关市(州)人民政府
   * (then 不再做分工,下同).
   */
  private static final Pattern BLANKET = Pattern.compile(
      "^(?:以下|下列)(?:各项|全部)?(?:任务|工作)?(?:均|都|全部)?(?:需|须|要|应|由|需要)(?:由)?(.{2,40}?)(?:负责落实|组织实施|负责|落实|实施)$"
      + "|^(?:以下|下列|具体|各项)?(?:各项|任务|工作|各项任务)?(?:均|都|全部)(?:涉及|需要|需)(.{2,40}?)$");
  /** Words after a blanket clause: 不再列出, 不再做分工. */
  private static final Pattern NOT_LISTED = Pattern.compile("^不再(?:一一|重复|单独)?(?:列出|列举|做分工|分工)$");

  /** See {@link Reader#mayBeClause}: checked against the words above when the class loads. */
  private static final CharClass CLAUSE_CHARS = CharClass.of(":牵负落主参配协指督下均都全单部");

  static {
    for (String[] words : new String[][] {VERBS, RESPONSIBILITY_WORDS}) {
      for (String w : words) {
        boolean seen = false;
        for (int i = 0; i < w.length(); i++) {
          seen |= CLAUSE_CHARS.contains(w.charAt(i));
        }
        Preconditions.checkState(seen, "mayBeClause misses %s", w);
      }
    }
  }

  /** How many of the {@link #VERBS}, from the first, close a running-text clause (由A牵头). */
  private static final int INLINE_VERBS = 5;
  /** The characters those verbs start with. */
  private static final CharClass INLINE_VERB_FIRST =
      CharClass.firstCharsOf(Arrays.copyOf(VERBS, INLINE_VERBS));

  /** Whether {@code c} ends the reach of a running-text clause: , ; 。 ( ) ! ? : */
  private static boolean endsInline(char c) {
    switch (c) {
      case ',':
      case ';':
      case '。':
      case '(':
      case ')':
      case '!':
      case '?':
      case ':':
        return true;
      default:
        return false;
    }
  }

  /** The longest name a clause may hold before it is reported. */
  static final int MAX_NAME_LENGTH = 30;
  /** The farthest a running-text clause ("由…牵头") reaches from its 由. */
  private static final int MAX_INLINE_LIST = 60;

  private UnitAnnotationGrammar() {}

  /** The finder of responsibility clauses, for the {@link Annotator}. */
  public static final Finder FINDER =
      (statement, found) -> found.units(find(statement.region(), statement.naming(), found::report));

  /** The clauses of {@code statement}, in text order, with units named as in a Dongguan plan. */
  public static ImmutableList<UnitAnnotation> find(Region statement) {
    return find(statement, UnitNaming.standard(), d -> {});
  }

  /**
   * The clauses of {@code statement}, in text order, with units named by {@code naming}; what the
   * grammar cannot read is reported to {@code diagnostics}: a bracket with a responsibility word
   * and no unit read, and a unit name longer than 30 characters.
   */
  public static ImmutableList<UnitAnnotation> find(Region statement, UnitNaming naming,
      Consumer<Diagnostic> diagnostics) {
    Preconditions.checkNotNull(statement, "statement");
    Preconditions.checkNotNull(naming, "naming");
    Preconditions.checkNotNull(diagnostics, "diagnostics");
    String t = statement.text();
    int paren = t.indexOf('(');
    int lenticular = t.indexOf('〔');
    int firstOpen = paren < 0 ? lenticular : lenticular < 0 ? paren : Math.min(paren, lenticular);
    int firstBy = t.indexOf('由');
    if (firstOpen < 0 && firstBy < 0) {
      return ImmutableList.of(); // fast path: no bracket, no running-text clause
    }
    Reader r = new Reader(statement, naming, diagnostics);
    if (firstOpen >= 0) {
      r.brackets(firstOpen);
    }
    if (firstBy >= 0) {
      r.inline(firstBy);
    }
    return r.build();
  }

  static {
    // pairBrackets' fast path lets through ( ) 〔 〕 only: the clause brackets must be those.
    Preconditions.checkState(Brackets.CLAUSE.chars().equals("(〔)〕"), "clause brackets changed");
  }

  /** One pass over one statement. */
  private static final class Reader {
    final Region statement;
    final String t;
    final UnitNaming naming;
    final Consumer<Diagnostic> diagnostics;
    /** Found clauses by start offset, bracket ones first, running-text ones merged in order. */
    final List<UnitAnnotation> found = new ArrayList<>();
    /** {start, end} of each bracket read, where running text is not looked for. */
    final List<int[]> taken = new ArrayList<>();
    /**
     * The '(' and '〔' from the first bracket on, in text order, and the index of the bracket
     * closing each, or -1 ({@link #pairBrackets}).
     */
    private int[] openAt;
    private int[] closeOf;
    private int opens;

    Reader(Region statement, UnitNaming naming, Consumer<Diagnostic> diagnostics) {
      this.statement = statement;
      this.t = statement.text();
      this.naming = naming;
      this.diagnostics = diagnostics;
    }

    ImmutableList<UnitAnnotation> build() {
      if (found.size() > 1) {
        found.sort((a, b) -> Integer.compare(a.source().offset(), b.source().offset()));
      }
      return ImmutableList.copyOf(found);
    }

    /** Reads each top-level bracket from {@code first} on; one pass, brackets matched with a stack. */
    void brackets(int first) {
      pairBrackets(first);
      boolean triedToEnd = false;
      int k = 0;
      while (k < opens) {
        int i = openAt[k];
        int c = closeOf[k];
        if (c < 0) {
          // An unclosed bracket is a clause only if a key opens it (read to the end, as written);
          // otherwise the brackets after it are looked at on their own.
          if (keyAt(t, skipSpaces(i + 1, t.length())) >= 0) {
            UnitAnnotation a = clause(i, i + 1, t.length(), t.length());
            if (a != null) {
              found.add(a);
              taken.add(new int[] {i, t.length()});
            }
            return;
          }
          if (!triedToEnd) {
            // A clause without a key cut by the page ("(市生态环境局…牵头督导,市公安局、…"): read once,
            // up to its last verb, and reported.
            triedToEnd = true;
            Reader probe = new Reader(statement, naming, d -> {});
            UnitAnnotation a = probe.clause(i, i + 1, t.length(), t.length());
            if (a != null && !a.units().isEmpty()) {
              found.add(a);
              taken.add(new int[] {i, t.length()});
              report(i, t.length(), "a responsibility clause has no closing bracket: ");
              return;
            }
          }
          k++; // the next bracket, which may be inside this one
          continue;
        }
        UnitAnnotation a = clause(i, i + 1, c, c + 1);
        if (a != null) {
          found.add(a);
          taken.add(new int[] {i, c + 1});
        }
        // the next bracket after this one's close: those inside it were read with it
        do {
          k++;
        } while (k < opens && openAt[k] <= c);
      }
    }

    /**
     * Finds each '(' or '〔' from {@code first} on and the bracket closing it. One pass with a
     * stack: ')' closes the innermost '(' and '〕' the innermost '〔', unmatched ones close nothing.
     * Arrays as long as the brackets found, not as the text.
     */
    private void pairBrackets(int first) {
      openAt = new int[4];
      closeOf = new int[4];
      opens = 0;
      int[] stack = new int[4];
      int depth = 0;
      // The statement's characters from the source's array: no bounds check per character.
      char[] chars = statement.source().cleanedChars();
      int base = statement.start();
      for (int i = first; i < t.length(); i++) {
        char ch = chars[base + i];
        if ((ch | 1) != ')' && (ch | 1) != '〕') {
          continue; // fast path: ( ) 〔 〕 are the only characters this lets through
        }
        if (Brackets.CLAUSE.opens(ch)) {
          if (opens == openAt.length) {
            openAt = java.util.Arrays.copyOf(openAt, opens * 2);
            closeOf = java.util.Arrays.copyOf(closeOf, opens * 2);
          }
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
          }
          openAt[opens] = i;
          closeOf[opens] = -1;
          stack[depth++] = opens++;
        } else if (depth > 0 && Brackets.CLAUSE.closes(ch)) {
          if (t.charAt(openAt[stack[depth - 1]]) == Brackets.CLAUSE.openerOf(ch)) {
            closeOf[stack[--depth]] = i;
          }
        }
      }
    }

    /** The clause of the bracket {@code [start, end)} with content {@code [from, to)}, or null. */
    UnitAnnotation clause(int start, int from, int to, int end) {
      if (!mayBeClause(from, to)) {
        return null; // most brackets: (1), (试行), 村(居)委会
      }
      Clause c = new Clause(start, end);
      int currentRole = -1; // role of a keyed list, which later parts without a key continue
      List<int[]> pending = new ArrayList<>();
      for (int[] seg : split(t, from, to, COMMA | SEMICOLON | FULL_STOP, false)) {
        int s = skipSpaces(seg[0], seg[1]);
        int e = trimEnd(s, seg[1]);
        if (s >= e) {
          continue;
        }
        int key = keyAt(t, s);
        if (key >= 0) {
          c.structured = true;
          currentRole = key;
          s += KEYS[key].length();
          while (s < e && (t.charAt(s) == ':' || t.charAt(s) == ' ')) {
            s++;
          }
          c.list(s, e, KEY_ROLES[key], false);
          continue;
        }
        if (c.rule(s, e)) {
          continue;
        }
        int verb = verbAtEnd(s, e);
        if (verb >= 0 && plausibleList(s, e - VERBS[verb].length())) {
          c.structured = true;
          for (int[] p : pending) {
            if (plausibleList(p[0], p[1])) {
              c.list(p[0], p[1], VERB_ROLES[verb], true);
            }
          }
          pending.clear();
          c.list(s, e - VERBS[verb].length(), VERB_ROLES[verb], true);
        } else if (currentRole >= 0) {
          c.list(s, e, KEY_ROLES[currentRole], false);
        } else {
          pending.add(new int[] {s, e});
        }
      }
      // Names after the last verb with none of their own ("…配合,市公安局、" cut by the page) are
      // not given a role by guess.
      if (!c.structured && c.blanket == null) {
        if (!c.rules.isEmpty()) {
          return c.build(false); // a rule alone: "(排在第一位的部门为牵头部门,下同)"
        }
        if (containsResponsibilityWord(from, to)) {
          report(start, end, "a bracket with a responsibility word names no unit the loader can read: ");
        }
        return null;
      }
      if (c.roles.isEmpty() && c.blanket == null) {
        report(start, end, "a responsibility clause names no unit the loader can read: ");
        return null;
      }
      return c.build(false);
    }

    /**
     * Whether {@code [from, to)} holds a character without which {@link #clause} finds nothing and
     * reports nothing: the colon after a key, the first character of a role verb, of a
     * responsibility word (…单位, …部门, 牵头) or of a rule's words (下同, 以下, 下列, 均, 都, 全部).
     */
    boolean mayBeClause(int from, int to) {
      for (int i = from; i < to; i++) {
        if (CLAUSE_CHARS.contains(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Reads running-text clauses "由A牵头,B配合" from the 由 at {@code first} on. */
    void inline(int first) {
      int j = first;
      int k = 0; // the first bracket read that does not end before j (both in text order)
      while (j >= 0) {
        while (k < taken.size() && taken.get(k)[1] <= j) {
          k++;
        }
        int next = j + 1;
        if (k >= taken.size() || j < taken.get(k)[0]) {
          Integer end = inlineAt(j);
          if (end != null) {
            next = end;
          }
        }
        j = t.indexOf('由', next);
      }
    }

    /** The end of the running-text clause whose 由 stands at {@code by}, having added it; or null. */
    Integer inlineAt(int by) {
      int s = by + 1;
      int limit = Math.min(t.length(), s + MAX_INLINE_LIST);
      for (int k = s; k < limit; k++) {
        char ch = t.charAt(k);
        if (endsInline(ch)) {
          return null;
        }
        if (!INLINE_VERB_FIRST.contains(ch)) {
          continue; // no running-text verb starts here
        }
        for (int v = 0; v < INLINE_VERBS; v++) { // 牵头负责, 牵头, 负责, 落实, 负责落实
          if (t.startsWith(VERBS[v], k)) {
            int after = k + VERBS[v].length();
            if (k > s && closesInline(after) && plausibleList(s, k)) {
              Clause c = new Clause(by, after);
              c.list(s, k, VERB_ROLES[v], true);
              int end = after;
              // "由A牵头,B、C配合": the supporting part after the comma.
              if (end < t.length() && t.charAt(end) == ',') {
                int segStart = end + 1;
                int segEnd = segStart;
                int segLimit = Math.min(t.length(), segStart + MAX_INLINE_LIST);
                while (segEnd < segLimit && ",;。()".indexOf(t.charAt(segEnd)) < 0) {
                  segEnd++;
                }
                int verb = verbAtEnd(segStart, segEnd);
                if (verb >= 0 && VERB_ROLES[verb] == UnitRole.SUPPORTING
                    && plausibleList(segStart, segEnd - VERBS[verb].length())) {
                  c.list(segStart, segEnd - VERBS[verb].length(), UnitRole.SUPPORTING, true);
                  end = segEnd;
                  c.end = end;
                }
              }
              if (!c.roles.isEmpty()) {
                found.add(c.build(true));
                return end;
              }
              return null;
            }
          }
        }
      }
      return null;
    }

    /** Whether a running-text verb ending at {@code i} closes its clause: a separator or the end. */
    boolean closesInline(int i) {
      return i >= t.length() || ",;。".indexOf(t.charAt(i)) >= 0;
    }

    int skipSpaces(int s, int e) {
      while (s < e && t.charAt(s) == ' ') {
        s++;
      }
      return s;
    }

    int trimEnd(int s, int e) {
      while (e > s && t.charAt(e - 1) == ' ') {
        e--;
      }
      return e;
    }

    /** The role verb {@code [s, e)} ends with, as an index into VERBS, or -1. */
    int verbAtEnd(int s, int e) {
      int best = -1;
      for (int v = 0; v < VERBS.length; v++) {
        int at = e - VERBS[v].length();
        if (at > s && t.startsWith(VERBS[v], at) && (best < 0 || VERBS[v].length() > VERBS[best].length())) {
          best = v;
        }
      }
      return best;
    }

    /** Whether every name of the list {@code [s, e)} reads as a body's name. */
    boolean plausibleList(int s, int e) {
      if (s < e && t.charAt(s) == '由') {
        s++;
      }
      List<int[]> names = names(s, e, false);
      if (names.isEmpty()) {
        return false;
      }
      for (int[] n : names) {
        if (!plausibleName(UnitNaming.asWritten(t.substring(n[0], n[1])))) {
          return false;
        }
      }
      return true;
    }

    boolean containsResponsibilityWord(int from, int to) {
      for (String w : RESPONSIBILITY_WORDS) {
        int at = t.indexOf(w, from);
        if (at >= 0 && at + w.length() <= to) {
          return true;
        }
      }
      return false;
    }

    void report(int start, int end, String message) {
      String words = t.substring(start, end);
      if (words.length() > 40) {
        words = words.substring(0, 40) + "…";
      }
      diagnostics.accept(Diagnostic.of(statement.span(start, end), message + words));
    }

    /**
     * The names of a list {@code [from, to)}, as {start, end} offsets without surrounding spaces:
     * split on 、 , ; outside brackets and before 和各 / 及各 / 等和; a distributive collective
     * (各区、县级市) and a trailing collective clause (…按职责分工负责) stay whole.
     */
    List<int[]> names(int from, int to, boolean collectiveClause) {
      List<int[]> out = new ArrayList<>();
      int collective = collectiveClause ? collectiveClauseStart(from, to) : -1;
      int listEnd = collective < 0 ? withoutDutyPhrase(from, to) : collective;
      List<int[]> parts = nameParts(from, listEnd);
      for (int k = 0; k < parts.size(); k++) {
        int[] part = parts.get(k);
        int s = skipSpaces(part[0], part[1]);
        int e = trimEnd(s, part[1]);
        if (s >= e) {
          continue;
        }
        // 各区、县级市: the levels after a 各 + level are one collective with it.
        if (t.charAt(s) == '各' && isLevel(s + 1, e, true)) {
          while (k + 1 < parts.size()) {
            int[] nextPart = parts.get(k + 1);
            int ns = skipSpaces(nextPart[0], nextPart[1]);
            int ne = trimEnd(ns, nextPart[1]);
            if (ns >= ne || !isLevel(ns, ne, false)) {
              break;
            }
            e = ne;
            k++;
          }
        }
        out.add(new int[] {s, e});
      }
      if (collective >= 0) {
        int s = skipSpaces(collective, to);
        int e = trimEnd(s, to);
        if (s < e) {
          out.add(new int[] {s, e});
        }
      }
      return out;
    }

    /** The end of the list {@code [from, to)} without a trailing "按职责分工负责" and the like. */
    int withoutDutyPhrase(int from, int to) {
      int e = trimEnd(from, to);
      for (String phrase : DUTY_PHRASES) {
        int at = e - phrase.length();
        if (at > from && t.startsWith(phrase, at)) {
          return at;
        }
      }
      return to;
    }

    /** Whether {@code [s, e)} is an administrative level (县级市, 县(市、区)), with a body after it. */
    boolean isLevel(int s, int e, boolean afterEach) {
      if (afterEach) {
        for (String w : new String[] {"有关", "相关"}) {
          if (t.startsWith(w, s)) {
            s += w.length();
          }
        }
      }
      // A bracket closing the part is an aside: 县(市、区), 区人民政府(管委会).
      int levelEnd = e;
      if (e - 1 > s && t.charAt(e - 1) == ')') {
        int open = t.lastIndexOf('(', e - 1);
        if (open > s) {
          levelEnd = open;
        }
      }
      for (String level : LEVELS) {
        if (!t.startsWith(level, s)) {
          continue;
        }
        int after = s + level.length();
        if (after == levelEnd) {
          return true;
        }
        for (String body : LEVEL_BODIES) {
          if (!body.isEmpty() && after + body.length() == levelEnd && t.startsWith(body, after)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Splits a list on 、 , ; outside brackets, and before 和各 / 及各 / 以及各 / 等和 / 等及. */
    List<int[]> nameParts(int from, int to) {
      return split(t, from, to, ENUMERATION | COMMA | SEMICOLON, true);
    }

    /**
     * Where a trailing clause such as "各相关部门、镇街(园区)按职责分工负责" starts, or -1: a list ending in
     * 负责 is one collective from its last item that opens with 各 (or its last item).
     */
    int collectiveClauseStart(int from, int to) {
      int last = trimEnd(from, to);
      if (last - 2 < from || !t.startsWith("负责", last - 2)) {
        return -1;
      }
      List<int[]> parts = split(t, from, to, ENUMERATION | COMMA, false);
      for (int k = parts.size() - 1; k >= 0; k--) {
        int ps = skipSpaces(parts.get(k)[0], parts.get(k)[1]);
        if (ps < parts.get(k)[1] && t.charAt(ps) == '各') {
          return ps;
        }
      }
      return -1; // no collective: a duty phrase after the list is cut instead
    }

    /** One clause being read. */
    final class Clause {
      final int start;
      int end;
      boolean structured;
      final Map<Unit, UnitRole> roles = new LinkedHashMap<>();
      final List<Mention<Unit>> mentions = new ArrayList<>();
      Unit lead;
      boolean firstLeads;
      final List<CarriedRule> rules = new ArrayList<>();
      /** The blanket clause's units and its {start, end}, while its 不再列出 may follow. */
      List<Unit> blanket;
      int[] blanketSpan;
      /** The 第一位 rule's {start, end}, while its 下同 may follow. */
      int[] firstSpan;

      Clause(int start, int end) {
        this.start = start;
        this.end = end;
      }

      /** Adds the units of the list {@code [s, e)} in {@code role}. */
      void list(int s, int e, UnitRole role, boolean keywordless) {
        if (keywordless && s < e && t.charAt(s) == '由') {
          s++;
        }
        if (keywordless) {
          e = withoutDutyPhrase(s, e);
        }
        // "各相关部门、镇街(园区)按职责分工负责" answers for its share, whatever the key of the list.
        int collective = keywordless ? -1 : collectiveClauseStart(s, e);
        for (int[] part : names(s, e, !keywordless)) {
          // Whether the part ends with "(牵头)", tested in place rather than on a copy.
          boolean marked = part[1] - 4 >= part[0] && t.startsWith("(牵头)", part[1] - 4);
          int nameEnd = marked ? part[1] - 4 : part[1];
          Unit unit = unit(part[0], nameEnd);
          if (unit == null) {
            continue;
          }
          UnitRole r = marked ? UnitRole.LEAD : part[0] == collective ? UnitRole.RESPONSIBLE : role;
          roles.putIfAbsent(unit, r);
          mentions.add(Mention.of(unit, statement.span(part[0], nameEnd)));
          if (lead == null && r == UnitRole.LEAD) {
            lead = unit;
          }
        }
      }

      Unit unit(int s, int e) {
        String name = t.substring(s, e);
        Unit known = naming.known(name);
        if (known != null) {
          // Read before in this naming: its name is the canonical one, never empty.
          if (known.name().length() > MAX_NAME_LENGTH) {
            report(s, e, "a unit name is longer than " + MAX_NAME_LENGTH + " characters: ");
          }
          return known;
        }
        if (name.isBlank()) {
          return null;
        }
        String canonical = naming.canonicalName(name);
        if (canonical.isEmpty()) {
          return null;
        }
        if (canonical.length() > MAX_NAME_LENGTH) {
          report(s, e, "a unit name is longer than " + MAX_NAME_LENGTH + " characters: ");
        }
        return naming.unit(name);
      }

      /** Reads {@code [s, e)} as a rule part, if it is one. */
      boolean rule(int s, int e) {
        if (!mayBeRule(s, e)) {
          return false;
        }
        String part = t.substring(s, e);
        if (part.equals("下同")) {
          if (blanketSpan != null) {
            blanketSpan[1] = e;
          }
          if (firstSpan != null) {
            firstSpan[1] = e;
            rules.add(CarriedRule.builder().kind(CarriedRule.Kind.FIRST_LISTED_LEADS)
                .text(t.substring(firstSpan[0], e)).source(statement.span(firstSpan[0], e)).build());
            firstSpan = null;
          }
          return true;
        }
        if (FIRST_LISTED.matcher(part).matches()) {
          firstLeads = true;
          firstSpan = new int[] {s, e};
          return true;
        }
        if (NOT_LISTED.matcher(part).matches()) {
          if (blanketSpan != null) {
            blanketSpan[1] = e;
          }
          return true;
        }
        Matcher m = BLANKET.matcher(part);
        int g = !m.matches() ? 0 : m.start(1) >= 0 ? 1 : 2;
        if (g > 0 && plausibleList(s + m.start(g), s + m.end(g))) {
          blanket = new ArrayList<>();
          for (int[] n : names(s + m.start(g), s + m.end(g), false)) {
            Unit u = unit(n[0], n[1]);
            if (u != null && !blanket.contains(u)) {
              blanket.add(u);
              mentions.add(Mention.of(u, statement.span(n[0], n[1])));
            }
          }
          blanketSpan = new int[] {s, e};
          return true;
        }
        return false;
      }

      /**
       * Whether {@code [s, e)} may be a rule part: 下同, or holds what one of the rule patterns
       * needs (牵头 for {@link #FIRST_LISTED}, 不再 at the start for {@link #NOT_LISTED}, 以下 or 下列
       * at the start, or 均, 都 or 全部 for {@link #BLANKET}). Most parts are names and verbs.
       */
      boolean mayBeRule(int s, int e) {
        if (e - s == 2 && t.startsWith("下同", s)) {
          return true;
        }
        if (t.startsWith("不再", s) || t.startsWith("以下", s) || t.startsWith("下列", s)) {
          return true;
        }
        for (int i = s; i < e; i++) {
          char c = t.charAt(i);
          if (c == '均' || c == '都' || (c == '全' && i + 1 < e && t.charAt(i + 1) == '部')
              || (c == '牵' && i + 1 < e && t.charAt(i + 1) == '头')) {
            return true;
          }
        }
        return false;
      }

      UnitAnnotation build(boolean inline) {
        if (firstLeads && lead == null && !roles.isEmpty()) {
          Map.Entry<Unit, UnitRole> first = roles.entrySet().iterator().next();
          lead = first.getKey();
          roles.put(lead, UnitRole.LEAD);
        }
        if (blanket != null && !blanket.isEmpty()) {
          rules.add(CarriedRule.builder().kind(CarriedRule.Kind.BLANKET)
              .text(t.substring(blanketSpan[0], blanketSpan[1])).units(blanket)
              .source(statement.span(blanketSpan[0], blanketSpan[1])).build());
        }
        // Built from its parts (kept, not copied into builders and out again).
        ImmutableList.Builder<UnitAssignment> assigned = ImmutableList.builderWithExpectedSize(roles.size());
        roles.forEach((u, r) -> assigned.add(UnitAssignment.of(u, r)));
        return ImmutableUnitAnnotation.of(ImmutableList.copyOf(roles.keySet()), Optional.ofNullable(lead),
            assigned.build(), ImmutableList.copyOf(rules), inline, ImmutableList.copyOf(mentions),
            t.substring(start, end), statement.span(start, end));
      }
    }
  }

  /** Whether {@code name} (as written) reads as a body's name, for a list without a key. */
  static boolean plausibleName(String name) {
    if (name.length() < 2 || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    for (String w : NOT_IN_NAMES) {
      if (name.contains(w)) {
        return false;
      }
    }
    if (name.startsWith("各")) {
      return true;
    }
    String bare = name.endsWith(")") && name.indexOf('(') > 0 ? name.substring(0, name.indexOf('(')) : name;
    for (String end : BODY_ENDS) {
      if (bare.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits {@code [from, to)} on any of {@code separators} (bits of {@link #separator}) outside brackets; with {@code
   * atConjunctions} also before 和各 / 及各 / 以及各 / 等和 / 等及 (the conjunction itself dropped).
   */
  private static List<int[]> split(String t, int from, int to, int separators,
      boolean atConjunctions) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int s = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (Brackets.NESTING.opens(c)) {
        depth++;
      } else if (depth > 0 && Brackets.NESTING.closes(c)) {
        depth--;
      } else if (depth == 0 && (separator(c) & separators) != 0) {
        parts.add(new int[] {s, i});
        s = i + 1;
      } else if (depth == 0 && atConjunctions && (c == '和' || c == '及') && i > s
          && (i + 1 < to && t.charAt(i + 1) == '各' || t.charAt(i - 1) == '等')) {
        parts.add(new int[] {s, c == '及' && t.charAt(i - 1) == '以' ? i - 1 : i});
        s = i + 1;
      }
    }
    parts.add(new int[] {s, to});
    return parts;
  }

  /** The separators {@link #split} may split on, as bits: a switch, not a string search per character. */
  private static final int COMMA = 1;
  private static final int SEMICOLON = 1 << 1;
  private static final int FULL_STOP = 1 << 2;
  private static final int ENUMERATION = 1 << 3;

  /** The separator bit of {@code c} (, ; 。 、), or 0. */
  private static int separator(char c) {
    switch (c) {
      case ',':
        return COMMA;
      case ';':
        return SEMICOLON;
      case '。':
        return FULL_STOP;
      case '、':
        return ENUMERATION;
      default:
        return 0;
    }
  }

  /** The key at {@code i} followed by a colon, as an index into KEYS, or -1. */
  private static int keyAt(String t, int i) {
    for (int k = 0; k < KEYS.length; k++) {
      if (t.startsWith(KEYS[k], i)) {
        int j = i + KEYS[k].length();
        while (j < t.length() && t.charAt(j) == ' ') {
          j++;
        }
        if (j < t.length() && t.charAt(j) == ':') {
          return k;
        }
      }
    }
    return -1;
  }
}
