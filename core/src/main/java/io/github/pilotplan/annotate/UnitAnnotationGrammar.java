package io.github.pilotplan.annotate;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.text.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds unit annotations: a bracket whose content opens with 责任单位, 牵头单位, 配合单位, 负责单位,
 * 责任部门, 牵头部门, 主办单位 or 协办单位 and a colon.
 *
 * <pre>{@code
 * // "…促进社区居民人际关系。(责任单位:市民政局、市财政局、市经贸局、市机编办)"
 * UnitAnnotationGrammar.find(region).get(0).units();   // [市民政局, 市财政局, 市经贸局, 市机编办]
 * }</pre>
 *
 * <p>Brackets nest ("镇街(园区)"). Lists split on 、 , and ; outside nested brackets. A trailing
 * clause such as "各相关部门、镇街(园区)按职责分工负责" stays one collective unit. Other brackets — 村(居)委会,
 * document numbers — are never annotations.
 */
public final class UnitAnnotationGrammar {

  private static final String[] KEYS = {"责任单位", "牵头单位", "配合单位", "负责单位", "责任部门", "牵头部门",
      "配合部门", "主办单位", "协办单位", "参与单位"};

  /**
   * Units by the name as written. A plan names the same few dozen units thousands of times, and
   * {@link Unit#of} (canonical name, town lookup, kind) is a pure function of the name, so its
   * answers are kept. Bounded in count and name length so that no input makes it grow without end.
   */
  private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_UNITS = 4096;
  private static final int MAX_CACHED_NAME_LENGTH = 40;

  private UnitAnnotationGrammar() {}

  /** The unit {@code name} (not blank) stands for, or null if its canonical name is empty. */
  private static Unit unitNamed(String name) {
    Unit unit = UNITS.get(name);
    if (unit != null) {
      return unit;
    }
    if (Unit.canonicalName(name).isEmpty()) {
      return null;
    }
    unit = Unit.of(name);
    if (name.length() <= MAX_CACHED_NAME_LENGTH && UNITS.size() < MAX_CACHED_UNITS) {
      UNITS.put(name, unit);
    }
    return unit;
  }

  /** The unit annotations of {@code statement}, in text order. */
  public static ImmutableList<UnitAnnotation> find(Region statement) {
    String t = statement.text();
    if (t.indexOf(':') < 0) {
      return ImmutableList.of(); // fast path: keyAt finds a key only before a colon
    }
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<UnitAnnotation> out = null;
    int i = t.indexOf('(');
    while (i >= 0) {
      int contentStart = i + 1;
      while (contentStart < t.length() && t.charAt(contentStart) == ' ') {
        contentStart++;
      }
      if (keyAt(t, contentStart) != null) {
        int close = closing(t, i);
        int end = close < 0 ? t.length() : close + 1;
        int contentEnd = close < 0 ? t.length() : close;
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(parse(statement, contentStart, contentEnd, i, end));
        i = t.indexOf('(', end);
      } else {
        i = t.indexOf('(', i + 1);
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  private static UnitAnnotation parse(Region statement, int from, int to, int start, int end) {
    String t = statement.text();
    Set<Unit> units = new LinkedHashSet<>();
    List<Mention<Unit>> mentions = new ArrayList<>();
    Unit lead = null;
    for (int[] clause : split(t, from, to, ";")) {
      int s = clause[0];
      String key = keyAt(t, s);
      boolean leadClause = false;
      if (key != null) {
        leadClause = key.startsWith("牵头");
        s += key.length();
        while (s < clause[1] && (t.charAt(s) == ':' || t.charAt(s) == ' ')) {
          s++;
        }
      }
      for (int[] part : names(statement, s, clause[1])) {
        // Whether the part ends with "(牵头)", tested in place rather than on a copy.
        boolean marked = part[1] - 4 >= part[0] && t.startsWith("(牵头)", part[1] - 4);
        int nameEnd = marked ? part[1] - 4 : part[1];
        String name = t.substring(part[0], nameEnd);
        Unit unit = name.isBlank() ? null : unitNamed(name);
        if (unit == null) {
          continue;
        }
        units.add(unit);
        mentions.add(Mention.of(unit, statement.span(part[0], nameEnd)));
        if (lead == null && (marked || leadClause)) {
          lead = unit;
        }
      }
    }
    UnitAnnotation.Builder b = UnitAnnotation.builder()
        .units(units)
        .mentions(mentions)
        .text(statement.sub(start, end).text())
        .source(statement.span(start, end));
    if (lead != null) {
      b.lead(lead);
    }
    return b.build();
  }

  /**
   * The names of a list, as {start, end} offsets without surrounding spaces; a trailing collective
   * clause stays whole.
   */
  private static List<int[]> names(Region statement, int from, int to) {
    String t = statement.text();
    List<int[]> out = new ArrayList<>();
    int collective = collectiveClauseStart(t, from, to);
    int listEnd = collective < 0 ? to : collective;
    for (int[] part : split(t, from, listEnd, "、,;")) {
      addTrimmed(t, part[0], part[1], out);
    }
    if (collective >= 0) {
      addTrimmed(t, collective, to, out);
    }
    return out;
  }

  private static void addTrimmed(String t, int s, int e, List<int[]> out) {
    while (s < e && t.charAt(s) == ' ') {
      s++;
    }
    while (e > s && t.charAt(e - 1) == ' ') {
      e--;
    }
    if (s < e) {
      out.add(new int[] {s, e});
    }
  }

  /**
   * Where a trailing clause such as "各相关部门、镇街(园区)按职责分工负责" starts, or -1: a list ending in
   * 负责 is one collective from its last item that opens with 各 (or its last item).
   */
  private static int collectiveClauseStart(String t, int from, int to) {
    // Whether the list, trimmed, ends with 负责; tested in place rather than on a trimmed copy.
    int last = to;
    while (last > from && t.charAt(last - 1) <= ' ') {
      last--;
    }
    if (last - 2 < from || !t.startsWith("负责", last - 2)) {
      return -1;
    }
    List<int[]> parts = split(t, from, to, "、,");
    int start = parts.get(parts.size() - 1)[0];
    for (int k = parts.size() - 1; k >= 0; k--) {
      if (t.substring(parts.get(k)[0], parts.get(k)[1]).trim().startsWith("各")) {
        start = parts.get(k)[0];
        break;
      }
    }
    while (start < to && t.charAt(start) == ' ') {
      start++;
    }
    return start;
  }

  /** Splits {@code [from, to)} on any of {@code separators} outside brackets. */
  private static List<int[]> split(String t, int from, int to, String separators) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int s = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '〔' || c == '《') {
        depth++;
      } else if ((c == ')' || c == '〕' || c == '》') && depth > 0) {
        depth--;
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        parts.add(new int[] {s, i});
        s = i + 1;
      }
    }
    parts.add(new int[] {s, to});
    return parts;
  }

  private static String keyAt(String t, int i) {
    for (String k : KEYS) {
      if (t.startsWith(k, i)) {
        int j = i + k.length();
        while (j < t.length() && t.charAt(j) == ' ') {
          j++;
        }
        if (j < t.length() && t.charAt(j) == ':') {
          return k;
        }
      }
    }
    return null;
  }

  /** The index of the bracket closing the one at {@code open}, or -1. */
  private static int closing(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
