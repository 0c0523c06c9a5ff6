package io.github.pilotplan.internal.annotate;

import io.github.pilotplan.internal.text.Brackets;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Region;

/**
 * Finds the documents a statement asks for: a 《…》 right after 制定, 出台, 研究出台, 印发, 起草,
 * 修订 or 编制.
 *
 * <pre>{@code
 * // 2012年前,…制定《东莞市社区社会组织管理试行办法》。
 * DeliverableGrammar.find(region);   // [东莞市社区社会组织管理试行办法]
 * }</pre>
 *
 * <p>Titles are returned without the outer 《》 and folded like all model text; nested brackets are kept.
 */
public final class DeliverableGrammar {

  private static final String[] VERBS = {"制定", "出台", "印发", "起草", "修订", "编制"};

  private DeliverableGrammar() {}

  /** The finder of deliverables, for the {@link Annotator}. */
  public static final Finder FINDER =
      (statement, found) -> found.deliverables(find(statement.region()));

  /** The titles of the documents {@code statement} asks for, in text order. */
  public static ImmutableList<String> find(Region statement) {
    String t = statement.text();
    // Created on the first find: most statements have none, and an empty builder still allocates.
    ImmutableList.Builder<String> out = null;
    int i = t.indexOf('《');
    while (i >= 0) {
      int close = Brackets.TITLE.closing(t, i);
      if (close < 0) {
        break;
      }
      if (followsVerb(t, i)) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(statement.sub(i + 1, close).text());
      }
      i = t.indexOf('《', close + 1);
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  private static boolean followsVerb(String t, int i) {
    for (String v : VERBS) {
      if (i >= v.length() && t.startsWith(v, i - v.length())) {
        return true;
      }
    }
    return false;
  }

}
