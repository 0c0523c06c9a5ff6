package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.internal.annotate.Gazetteer;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.model.Level;
import io.github.pilotplan.TextParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import io.github.pilotplan.internal.outline.LabelGrammar;

/**
 * The query language of {@link TaskQuery#where} and {@link TaskQuery#toString()}: a
 * recursive-descent parser that builds the query with the query's own steps, and the printer
 * that writes the steps back. The grammar is in {@link TaskQuery#where}.
 *
 * <pre>{@code
 * QueryLanguage.parse(plan.tasks(), "owned by 市财政局 due 2011");   // plan.tasks().ownedBy("市财政局").dueIn(2011)
 * }</pre>
 *
 * <p>Every clause is one row of {@link #CLAUSES}: the query method it stands for, its phrases
 * (the first is the one printed), its compact key, the kind of argument and how it narrows a
 * query. A new step of {@link TaskQuery} joins the language by adding a row. Each kind of
 * argument ({@link Arg}) defines once how it is read, in the long and the compact form, and
 * written back, so the parser and the printer cannot drift apart.
 */
final class QueryLanguage {

  /**
   * The kinds of argument a clause takes, each with the one definition of how it is read (in the
   * long form, after the phrase, and in the compact form, after {@code key:}) and written back.
   * By default an argument is a name: one word or a quoted string, checked by {@link #check}.
   */
  enum Arg {
    NONE("") {
      @Override
      Object read(Parser p, boolean compact) {
        return "";
      }

      @Override
      void write(Object argument, StringBuilder sb) {}
    },
    UNIT("a unit name") {
      @Override
      void check(Parser p, String name, int at) {
        p.checkUnit(name, at);
      }
    },
    TOWN("a town name") {
      @Override
      void check(Parser p, String name, int at) {
        p.checkTown(name, at);
      }
    },
    PLACE("a place name") {
      @Override
      void check(Parser p, String name, int at) {
        p.checkPlace(name, at);
      }
    },
    WORDS("a word or a quoted text"),
    YEAR("a year such as 2011") {
      @Override
      Object read(Parser p, boolean compact) {
        return p.year(this);
      }

      @Override
      void write(Object argument, StringBuilder sb) {
        sb.append(' ').append(argument);
      }
    },
    DATE("a date such as 2011-01-01") {
      @Override
      Object read(Parser p, boolean compact) {
        return p.date(this);
      }

      @Override
      void write(Object argument, StringBuilder sb) {
        sb.append(' ').append(argument);
      }
    },
    DATES("two dates such as 2010-01-01 and 2010-12-31") {
      @Override
      Object read(Parser p, boolean compact) {
        return compact ? p.compactDates() : p.dates(this);
      }

      @Override
      @SuppressWarnings("unchecked")
      void write(Object argument, StringBuilder sb) {
        List<LocalDate> dates = (List<LocalDate>) argument;
        sb.append(' ').append(dates.get(0)).append(" and ").append(dates.get(1));
      }
    },
    LABELS("an outline label such as (一) or 5") {
      @Override
      Object read(Parser p, boolean compact) {
        return compact ? p.compactLabels(this) : p.labels(this);
      }

      @Override
      @SuppressWarnings("unchecked")
      void write(Object argument, StringBuilder sb) {
        for (Label l : (List<Label>) argument) {
          // 1) is written 1）: a half-width ) would close a group of the query.
          sb.append(' ').append(l.level() == Level.MINOR_ITEM ? l.ordinal() + "）" : l.text());
        }
      }
    };

    final String expected;

    Arg(String expected) {
      this.expected = expected;
    }

    /** Reads the argument at the parser's position: after a phrase, or (compact) after {@code key:}. */
    Object read(Parser p, boolean compact) {
      return p.name(this);
    }

    /** Refuses a name that is not one the clause can ask for; by default every name is. */
    void check(Parser p, String name, int at) {}

    /** Writes {@code argument} after the clause's phrase, as {@link #read} reads it back. */
    void write(Object argument, StringBuilder sb) {
      sb.append(' ').append(quoteIfNeeded((String) argument));
    }
  }

  /** One clause: a step of {@link TaskQuery} and the words that write it. */
  record Clause(String method, List<String> phrases, String compactKey, Arg arg,
      BiFunction<TaskQuery, Object, TaskQuery> apply) {}

  /** The clauses; a new step of {@link TaskQuery} joins the language with one row. */
  @SuppressWarnings("unchecked")
  static final ImmutableList<Clause> CLAUSES = ImmutableList.of(
      new Clause("ownedBy", List.of("owned by"), "owner", Arg.UNIT, (q, a) -> q.ownedBy((String) a)),
      new Clause("ledBy", List.of("led by"), "lead", Arg.UNIT, (q, a) -> q.ledBy((String) a)),
      new Clause("dueIn", List.of("due", "due in"), "due", Arg.YEAR, (q, a) -> q.dueIn((Integer) a)),
      new Clause("dueBy", List.of("due by"), "due-by", Arg.YEAR, (q, a) -> q.dueBy((Integer) a)),
      new Clause("dueBefore", List.of("due before"), "due-before", Arg.DATE,
          (q, a) -> q.dueBefore((LocalDate) a)),
      new Clause("dueBetween", List.of("due between"), "due-between", Arg.DATES,
          (q, a) -> q.dueBetween(((List<LocalDate>) a).get(0), ((List<LocalDate>) a).get(1))),
      new Clause("overdueOn", List.of("overdue on"), "overdue", Arg.DATE, (q, a) -> q.overdueOn((LocalDate) a)),
      new Clause("openOn", List.of("open on"), "open", Arg.DATE, (q, a) -> q.openOn((LocalDate) a)),
      new Clause("activeIn", List.of("active in"), "active", Arg.YEAR, (q, a) -> q.activeIn((Integer) a)),
      new Clause("inTown", List.of("in town"), "town", Arg.TOWN, (q, a) -> q.inTown((String) a)),
      new Clause("inPlace", List.of("in place"), "place", Arg.PLACE, (q, a) -> q.inPlace((String) a)),
      new Clause("under", List.of("under"), "under", Arg.LABELS, (q, a) -> q.under((List<Label>) a)),
      new Clause("containing", List.of("containing"), "text", Arg.WORDS, (q, a) -> q.containing((String) a)),
      new Clause("withTargets", List.of("with targets"), "with:targets", Arg.NONE, (q, a) -> q.withTargets()),
      new Clause("withDeliverables", List.of("with deliverables"), "with:deliverables", Arg.NONE,
          (q, a) -> q.withDeliverables()));

  /** The deepest nesting of parentheses and {@code not} a query may have: the parser recurses. */
  static final int MAX_DEPTH = 100;

  /** Words that end or join clauses, so never a bare name. */
  private static final ImmutableSet<String> RESERVED = ImmutableSet.of("and", "or", "not");

  private QueryLanguage() {}

  // ---------------------------------------------------------------- printing

  /** Writes {@code criteria}, a conjunction, to {@code sb}; {@code all} when there are none. */
  static void print(List<Criterion> criteria, StringBuilder sb) {
    if (criteria.isEmpty()) {
      sb.append("all");
      return;
    }
    for (int i = 0; i < criteria.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      Criterion c = criteria.get(i);
      if (c.name.equals(Criterion.OR) && criteria.size() > 1) {
        sb.append('(');
        printOr(c, sb);
        sb.append(')');
      } else {
        printStep(c, sb);
      }
    }
  }

  private static void printStep(Criterion c, StringBuilder sb) {
    switch (c.name) {
      case Criterion.OR:
        printOr(c, sb);
        return;
      case Criterion.NOT:
        sb.append("not ");
        List<Criterion> negated = c.negated();
        if (negated.size() == 1 && !negated.get(0).name.equals(Criterion.OR)) {
          printStep(negated.get(0), sb);
        } else if (negated.isEmpty()) {
          sb.append("all");
        } else {
          sb.append('(');
          print(negated, sb);
          sb.append(')');
        }
        return;
      default:
        printClause(c, sb);
    }
  }

  /** {@code left or right}; a right side that is itself an or is bracketed (or is left-associative). */
  private static void printOr(Criterion c, StringBuilder sb) {
    List<Criterion> left = c.sides().get(0);
    List<Criterion> right = c.sides().get(1);
    print(left, sb);
    sb.append(" or ");
    if (right.size() == 1 && right.get(0).name.equals(Criterion.OR)) {
      sb.append('(');
      printOr(right.get(0), sb);
      sb.append(')');
    } else {
      print(right, sb);
    }
  }

  private static void printClause(Criterion c, StringBuilder sb) {
    Optional<Clause> clause = CLAUSES.stream().filter(k -> k.method().equals(c.name)).findFirst();
    if (clause.isEmpty()) {
      sb.append(c.name).append('(').append(c.argument).append(')');   // matching(…): no words for it
      return;
    }
    sb.append(clause.get().phrases().get(0));
    clause.get().arg().write(c.argument, sb);
  }

  /** {@code s} as one bare word when it reads back as itself, else quoted. */
  static String quoteIfNeeded(String s) {
    boolean bare = !s.isEmpty() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) && s.charAt(0) != '"';
    int depth = 0;
    for (int i = 0; i < s.length() && bare; i++) {
      char ch = s.charAt(i);
      if (isSpace(ch) || ch == '"' || ch == '\\') {
        bare = false;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        bare = depth-- > 0;
      }
    }
    if (bare && depth == 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.append('"').toString();
  }

  private static boolean isSpace(char ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch);
  }

  // ---------------------------------------------------------------- parsing

  /** {@code base} narrowed by the query {@code text}. */
  static TaskQuery parse(TaskQuery base, String text) {
    return new Parser(base, text).query();
  }

  /** One reading of one text. */
  static final class Parser {
    private final TaskQuery base;
    private final TaskQuery all;
    private final String s;
    private int pos;
    private int depth;

    Parser(TaskQuery base, String s) {
      this.base = base;
      this.all = base.all();
      this.s = s;
    }

    TaskQuery query() {
      skipSpaces();
      if (keywordAhead("tasks") && !compactAhead()) {
        pos = afterWord();
      }
      TaskQuery q = base;
      skipSpaces();
      if (!atEnd() && !keywordAhead("ordered") && !keywordAhead("limit")) {
        q = q.and(or());
      }
      skipSpaces();
      if (keywordAhead("ordered")) {
        pos = afterWord();
        expectKeyword("by", "\"by\" after \"ordered\"");
        skipSpaces();
        int at = pos;
        String word = word().toLowerCase(Locale.ROOT);
        Optional<TaskQuery.Order> order = java.util.Arrays.stream(TaskQuery.Order.values())
            .filter(o -> o.word.equals(word)).findFirst();
        if (order.isEmpty()) {
          throw error("expected path, deadline or document after \"ordered by\"",
              "path, deadline or document", at);
        }
        q = q.ordered(order.get());
        skipSpaces();
      }
      if (keywordAhead("limit")) {
        pos = afterWord();
        skipSpaces();
        int at = pos;
        String word = word();
        int n;
        try {
          n = Integer.parseInt(word);
        } catch (NumberFormatException e) {
          n = -1;
        }
        if (n < 0) {
          throw error("expected a number of tasks after \"limit\"" + found(word, at), "a number such as 10", at);
        }
        q = q.limit(n);
        skipSpaces();
      }
      if (!atEnd()) {
        int at = pos;
        throw error(s.charAt(at) == ')' ? "unmatched \")\"" : "expected \"and\", \"or\", a clause or the end"
            + found(word(), at), "\"and\", \"or\", a clause or the end", at);
      }
      return q;
    }

    /** or = and ("or" and)* */
    private TaskQuery or() {
      TaskQuery q = and();
      while (true) {
        skipSpaces();
        if (!keywordAhead("or")) {
          return q;
        }
        pos = afterWord();
        q = q.or(and());
      }
    }

    /** and = unary (["and"] unary)* */
    private TaskQuery and() {
      TaskQuery q = unary();
      while (true) {
        skipSpaces();
        if (atEnd() || s.charAt(pos) == ')' || keywordAhead("or") || keywordAhead("ordered")
            || keywordAhead("limit")) {
          return q;
        }
        if (keywordAhead("and")) {
          pos = afterWord();
        }
        q = q.and(unary());
      }
    }

    /** unary = "not" unary | "(" or ")" | "all" | clause */
    private TaskQuery unary() {
      skipSpaces();
      if (depth >= MAX_DEPTH) {
        throw error("parentheses and \"not\" nested deeper than " + MAX_DEPTH, "a clause", pos);
      }
      depth++;
      try {
        return unaryBelowDepth();
      } finally {
        depth--;
      }
    }

    private TaskQuery unaryBelowDepth() {
      if (atEnd()) {
        throw error("expected a clause such as \"owned by 市财政局\" or \"due 2011\", found the end",
            "a clause", pos);
      }
      if (keywordAhead("not")) {
        pos = afterWord();
        return unary().not();
      }
      if (s.charAt(pos) == '(') {
        int open = pos;
        pos++;
        skipSpaces();
        TaskQuery inner = or();
        skipSpaces();
        if (atEnd() || s.charAt(pos) != ')') {
          int at = pos;
          throw error("expected \")\" to close the \"(\" at index " + open
              + (atEnd() ? ", found the end" : found(word(), at)), "\")\"", at);
        }
        pos++;
        return inner;
      }
      if (keywordAhead("all")) {
        pos = afterWord();
        return all;
      }
      return clause();
    }

    private TaskQuery clause() {
      int start = pos;
      // The compact form: key:value.
      for (Clause c : CLAUSES) {
        if (c.arg() == Arg.NONE) {
          if (wordAhead(c.compactKey())) {
            pos = afterWord();
            return c.apply().apply(all, "");
          }
        } else if (regionMatchesIgnoreCase(c.compactKey()) && pos + c.compactKey().length() < s.length()
            && isColon(s.charAt(pos + c.compactKey().length()))) {
          pos += c.compactKey().length() + 1;
          return c.apply().apply(all, c.arg().read(this, true));
        }
      }
      // The long form: the longest phrase that the words ahead spell.
      Clause best = null;
      int bestEnd = -1;
      for (Clause c : CLAUSES) {
        for (String phrase : c.phrases()) {
          int end = phraseEnd(phrase);
          if (end > bestEnd) {
            best = c;
            bestEnd = end;
          }
        }
      }
      if (best == null) {
        throw error("expected a clause such as \"owned by 市财政局\" or \"due 2011\"" + found(word(), start),
            "a clause", start);
      }
      pos = bestEnd;
      skipSpaces();
      return best.apply().apply(all, best.arg().read(this, false));
    }

    /** Labels after {@code under}, separated by spaces: as many as the words ahead are labels. */
    List<Label> labels(Arg arg) {
      List<Label> labels = new ArrayList<>();
      while (true) {
        skipSpaces();
        int at = pos;
        if (atEnd() || s.charAt(pos) == '"') {
          break;
        }
        String word = word();
        Optional<Label> label = label(word);
        if (label.isEmpty()) {
          pos = at;
          break;
        }
        labels.add(label.get());
      }
      if (labels.isEmpty()) {
        int at = pos;
        throw error("expected " + arg.expected + " after \"under\"" + found(word(), at), arg.expected, at);
      }
      return ImmutableList.copyOf(labels);
    }

    /** Labels after {@code under:}, joined by {@code /}. */
    List<Label> compactLabels(Arg arg) {
      int at = pos;
      String value = word();
      List<Label> labels = new ArrayList<>();
      int offset = at;
      for (String part : value.split("/", -1)) {
        Optional<Label> label = label(part);
        if (label.isEmpty()) {
          throw error("expected " + arg.expected + found(part, offset), arg.expected, offset);
        }
        labels.add(label.get());
        offset += part.length() + 1;
      }
      return ImmutableList.copyOf(labels);
    }

    /** Two dates joined by {@code and}. */
    List<LocalDate> dates(Arg arg) {
      LocalDate from = date(arg);
      expectKeyword("and", "\"and\" between the two dates");
      skipSpaces();
      int at = pos;
      LocalDate to = date(arg);
      return dates(from, to, at);
    }

    /** Two dates joined by {@code ..}, in one word. */
    List<LocalDate> compactDates() {
      int at = pos;
      String value = word();
      int dots = value.indexOf("..");
      if (dots < 0) {
        throw error("expected two dates joined by .., such as 2010-01-01..2010-12-31" + found(value, at),
            "two dates joined by ..", at);
      }
      LocalDate from = date(value.substring(0, dots), at);
      LocalDate to = date(value.substring(dots + 2), at + dots + 2);
      return dates(from, to, at + dots + 2);
    }

    private List<LocalDate> dates(LocalDate from, LocalDate to, int at) {
      if (from.isAfter(to)) {
        throw error("the first date (" + from + ") is after the second (" + to + ")",
            "a first date not after the second", at);
      }
      return ImmutableList.of(from, to);
    }

    int year(Arg arg) {
      int at = pos;
      String word = word();
      String digits = word.endsWith("年") ? word.substring(0, word.length() - 1) : word;
      try {
        if (digits.matches("-?[0-9]{1,9}")) {
          return Integer.parseInt(digits);
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
      throw error("expected " + arg.expected + found(word, at), arg.expected, at);
    }

    LocalDate date(Arg arg) {
      int at = pos;
      return date(word(), at);
    }

    private LocalDate date(String word, int at) {
      try {
        return LocalDate.parse(word);
      } catch (DateTimeParseException e) {
        throw error("expected " + Arg.DATE.expected + found(word, at), Arg.DATE.expected, at);
      }
    }

    /** A unit, town or words: a quoted string or one word; a unit or town must be known. */
    String name(Arg arg) {
      int at = pos;
      String value;
      if (!atEnd() && s.charAt(pos) == '"') {
        value = quoted();
      } else {
        value = word();
        if (value.isEmpty() || RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
          throw error("expected " + arg.expected + (atEnd() ? ", found the end" : found(value, at))
              + (value.isEmpty() ? "" : " (quote it to use it as a name)"), arg.expected, at);
        }
      }
      arg.check(this, value, at);
      return value;
    }

    void checkPlace(String typed, int at) {
      if (Gazetteer.standard().lookup(typed).isEmpty()) {
        throw new QueryParseException("no place \"" + typed + "\" in the gazetteer of China's divisions",
            "a place the gazetteer knows", List.of(), s, at);
      }
    }

    void checkUnit(String typed, int at) {
      TaskIndex index = base.index();
      String canonical = index.canonicalName(typed);
      if (index.knowsUnit(canonical)) {
        return;
      }
      ImmutableSet<String> names = index.unitNames();
      List<ClosestNames.Candidate> candidates = new ArrayList<>();
      for (String name : names) {
        candidates.add(new ClosestNames.Candidate(name, List.of(name)));
      }
      ImmutableList<String> closest = ClosestNames.of(List.of(typed, canonical), candidates);
      throw new QueryParseException("no unit \"" + typed + "\" among the tasks"
          + (closest.isEmpty() ? "; they name no units" : "; closest: " + String.join(", ", closest)),
          "a unit the tasks name", closest, s, at);
    }

    void checkTown(String typed, int at) {
      if (Town.lookup(typed).isPresent()) {
        return;
      }
      List<ClosestNames.Candidate> candidates = new ArrayList<>();
      for (Town t : Town.all()) {
        candidates.add(new ClosestNames.Candidate(t.name(), List.of(t.name(), t.shortName())));
      }
      ImmutableList<String> closest = ClosestNames.of(List.of(typed, Unit.canonicalName(typed)), candidates);
      throw new QueryParseException("no town \"" + typed + "\"; closest: " + String.join(", ", closest),
          "a town or subdistrict of 东莞", closest, s, at);
    }

    private Optional<Label> label(String word) {
      if (word.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LabelGrammar.of(word));
      } catch (TextParseException e) {
        return Optional.empty();
      }
    }

    // -------------------------------------------------------------- characters and words

    private boolean atEnd() {
      return pos >= s.length();
    }

    private void skipSpaces() {
      while (pos < s.length() && isSpace(s.charAt(pos))) {
        pos++;
      }
    }

    /**
     * The word at {@code pos}, consumed: characters up to a space, a quote, or a ")" that closes
     * no "(" of the word itself; empty at the end or before ")".
     */
    private String word() {
      pos = afterWord();
      return s.substring(start, pos);
    }

    private int start;

    private int afterWord() {
      start = pos;
      int i = pos;
      int depth = 0;
      while (i < s.length()) {
        char ch = s.charAt(i);
        if (isSpace(ch) || ch == '"') {
          break;
        }
        if (ch == '(') {
          depth++;
        } else if (ch == ')') {
          if (depth == 0) {
            break;
          }
          depth--;
        }
        i++;
      }
      return i;
    }

    private String quoted() {
      int open = pos;
      StringBuilder sb = new StringBuilder();
      pos++;
      while (pos < s.length()) {
        char ch = s.charAt(pos++);
        if (ch == '"') {
          return sb.toString();
        }
        if (ch == '\\' && pos < s.length()) {
          ch = s.charAt(pos++);
        }
        sb.append(ch);
      }
      throw error("the quote at index " + open + " is not closed", "a closing \"", s.length());
    }

    /** Whether the word ahead is {@code keyword}, in any case. */
    private boolean keywordAhead(String keyword) {
      return wordAhead(keyword);
    }

    private boolean wordAhead(String w) {
      int save = pos;
      int end = afterWord();
      pos = save;
      return end - pos == w.length() && s.regionMatches(true, pos, w, 0, w.length());
    }

    /** Whether the word ahead is a compact key:value. */
    private boolean compactAhead() {
      int save = pos;
      int end = afterWord();
      pos = save;
      for (int i = pos; i < end; i++) {
        if (isColon(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean regionMatchesIgnoreCase(String w) {
      return s.regionMatches(true, pos, w, 0, w.length());
    }

    private static boolean isColon(char ch) {
      return ch == ':' || ch == '：';
    }

    /** Where {@code phrase} ends if its words are the words ahead, else -1. */
    private int phraseEnd(String phrase) {
      int save = pos;
      try {
        for (String w : phrase.split(" ")) {
          skipSpaces();
          if (!wordAhead(w)) {
            return -1;
          }
          pos = afterWord();
        }
        return pos;
      } finally {
        pos = save;
      }
    }

    private void expectKeyword(String keyword, String expected) {
      skipSpaces();
      if (!keywordAhead(keyword)) {
        int at = pos;
        throw error("expected " + expected + (atEnd() ? ", found the end" : found(word(), at)), expected, at);
      }
      pos = afterWord();
    }

    private static String found(String word, int at) {
      return word.isEmpty() ? "" : ", found \"" + word + "\"";
    }

    private QueryParseException error(String problem, String expected, int at) {
      return new QueryParseException(problem, expected, List.of(), s, at);
    }
  }
}
