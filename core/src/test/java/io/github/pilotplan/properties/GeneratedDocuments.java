package io.github.pilotplan.properties;

import java.util.List;
import java.util.Random;

/**
 * Renders plan documents of the genre from a shape (chapters → sections → items → number of
 * sub-items) and a seed for the wording. Used by the property tests; the documents hold every form
 * the loader must read, so each generated document must load without a diagnostic.
 */
final class GeneratedDocuments {

  private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String[] TOPICS = {"社区服务", "社会组织", "基层管理", "养老服务", "社会救助",
      "慈善事业", "婚姻登记", "殡葬改革", "双拥工作", "区划地名"};
  private static final String[] VERBS = {"完善", "建立", "健全", "推进", "加强", "规范", "深化", "探索"};
  private static final String[] THINGS = {"工作机制", "服务网络", "管理制度", "保障体系", "评估体系",
      "信息平台", "培训制度", "考核办法"};
  private static final String[] UNITS = {"市民政局", "财政局", "东莞市人事局", "市机编办", "市经贸局",
      "市国土局", "黄江镇", "厚街镇", "市社区工作领导小组成员单位", "各镇街"};
  private static final String[] DEADLINES = {"2009年", "2010年前", "到2011年", "2012年底前", "到2010年底",
      "从2010年开始", "从2011年起", "2009至2010年", "2010年至2012年", "2011年6月底前"};

  private GeneratedDocuments() {}

  /** The rendering options. */
  record Style(boolean fullWidth, boolean crlf, boolean ideographicIndent, boolean withTitle) {}

  static String render(List<List<List<Integer>>> shape, long seed, Style style) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    if (style.withTitle()) {
      sb.append("东莞市民政局关于印发《东莞市").append(pick(r, TOPICS)).append("试点方案》的通知\n\n");
    }
    String indent = style.ideographicIndent() ? "\u3000\u3000" : "  ";
    for (int c = 0; c < shape.size(); c++) {
      sb.append(CHINESE[c]).append("、").append(title(r)).append('\n');
      List<List<Integer>> sections = shape.get(c);
      for (int s = 0; s < sections.size(); s++) {
        sb.append(indent).append("(").append(CHINESE[s]).append(")").append(title(r)).append('\n');
        List<Integer> items = sections.get(s);
        for (int i = 0; i < items.size(); i++) {
          sb.append(indent).append(i + 1).append(r.nextBoolean() ? "、" : ".").append(title(r)).append('\n');
          sb.append(indent).append(statement(r)).append(annotation(r)).append('\n');
          for (int k = 0; k < items.get(i); k++) {
            sb.append(indent).append("(").append(k + 1).append(")").append(statement(r));
            if (r.nextInt(4) == 0) {
              sb.append(annotation(r));
            }
            sb.append('\n');
          }
        }
      }
    }
    String text = sb.toString();
    if (style.fullWidth()) {
      text = text.replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，');
    }
    if (style.crlf()) {
      text = text.replace("\n", "\r\n");
    }
    return text;
  }

  private static String title(Random r) {
    return pick(r, VERBS) + pick(r, TOPICS) + pick(r, THINGS);
  }

  private static String statement(Random r) {
    String body = pick(r, VERBS) + pick(r, TOPICS) + pick(r, THINGS) + "," + pick(r, VERBS) + pick(r, THINGS) + "。";
    return r.nextInt(5) == 0 ? body : pick(r, DEADLINES) + "," + body;
  }

  private static String annotation(Random r) {
    int n = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder("(责任单位:");
    int start = r.nextInt(UNITS.length);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append("、");
      }
      sb.append(UNITS[(start + i) % UNITS.length]);
    }
    return sb.append(")").toString();
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
