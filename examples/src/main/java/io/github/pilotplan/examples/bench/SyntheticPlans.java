package io.github.pilotplan.examples.bench;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Corpus;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.model.Town;
import java.util.List;
import java.util.Random;

/**
 * Deterministic pages of the genre, written by code, for the corpus-scale benchmarks and the
 * index tests: a scraped-site header, a 关于印发《…试点方案》的通知 title, the numbered outline 一、 /
 * (一) / 1、 / (1), statements with deadlines (2012年前, 到2010年底, 2009至2010年, 从2010年开始,
 * 2011年6月底前 …), targets (80%以上, 不少于500名), towns (黄江镇, 厚街, 麻涌、望牛墩等镇) and unit
 * annotations (责任单位:…, 牵头单位:…;配合单位:…, …(牵头)) that use aliases (财政局, 东莞市财政局).
 *
 * <pre>{@code
 * String text = SyntheticPlans.page(7);               // one page, about 20 tasks
 * List<String> pages = SyntheticPlans.pages(1, 10_000);
 * Corpus corpus = SyntheticPlans.corpus(1, 100_000);  // pages loaded until 100,000 tasks
 * corpus.tasks().ownedBy("市财政局").dueIn(2011).count();
 * }</pre>
 *
 * <p>The same seed gives the same text on every JDK ({@link Random} is specified to the bit). Page
 * {@code i} of {@code pages(seed, n)} is {@code page(seed * 1_000_003 + i)}.
 */
public final class SyntheticPlans {

  private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String[] TOPICS = {"社区服务", "社会组织", "基层管理", "养老服务", "社会救助",
      "慈善事业", "婚姻登记", "殡葬改革", "双拥工作", "区划地名", "社会福利", "社工人才", "防灾减灾",
      "村级体制", "流动人口服务"};
  private static final String[] VERBS = {"完善", "建立", "健全", "推进", "加强", "规范", "深化", "探索",
      "研究出台", "制定"};
  private static final String[] THINGS = {"工作机制", "服务网络", "管理制度", "保障体系", "评估体系",
      "信息平台", "培训制度", "考核办法", "扶持政策", "孵化基地", "服务中心"};
  private static final String[] PURPOSES = {"满足社区居民精神生活和物质生活需要", "促进社会组织健康发展",
      "提高基层社会管理和公共服务水平", "保障困难群众基本生活", "形成政府购买服务的长效机制",
      "发挥社会组织在经济发展中的作用"};
  /** Units as plans write them: canonical names, aliases (财政局, 东莞市…), groups, collectives. */
  private static final String[] UNITS = {"市民政局", "市财政局", "财政局", "东莞市财政局", "市人事局",
      "人事局", "市机编办", "市经贸局", "市国土局", "市农业局", "市委组织部", "市人大办", "市政协办",
      "市教育局", "市卫生局", "市公安局", "市司法局", "市规划局", "市建设局", "市发改局", "市审计局",
      "市总工会", "团市委", "市妇联", "市残联", "东莞市民政局", "市社区工作领导小组成员单位", "各镇街"};
  private static final String[] TARGETS = {"%d%%以上的城市社区建成综合服务站", "覆盖率达到%d%%",
      "全市持证社工不少于%d名", "每年安排专项资金不少于%d万元"};

  private SyntheticPlans() {}

  /**
   * One page of a plan: a header, a title and about 20 tasks (12 to 30).
   *
   * <pre>{@code
   * Plan p = PlanLoader.standard().load(SyntheticPlans.page(42));
   * }</pre>
   */
  public static String page(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(8192);
    sb.append("法搜网--中国法律信息搜索网\n");
    sb.append("东莞市人民政府办公室关于印发《东莞市").append(pick(r, TOPICS)).append("改革试点方案》的通知\n\n");
    int target = 12 + r.nextInt(19);
    int tasks = 0;
    for (int chapter = 0; tasks < target && chapter < CHINESE.length; chapter++) {
      sb.append(CHINESE[chapter]).append("、").append(title(r)).append("\n\n");
      int sections = 1 + r.nextInt(3);
      for (int s = 0; s < sections && tasks < target; s++) {
        sb.append("  (").append(CHINESE[s]).append(")").append(title(r)).append("\n\n");
        int items = 1 + r.nextInt(4);
        for (int i = 1; i <= items && tasks < target; i++) {
          sb.append("  ").append(i).append("、").append(title(r)).append("\n\n");
          sb.append("  ").append(statement(r, r.nextInt(10) > 0)).append(annotation(r)).append("\n\n");
          tasks++;
          int subItems = r.nextInt(5);
          for (int k = 1; k <= subItems; k++) {
            sb.append("  (").append(k).append(")").append(statement(r, r.nextInt(3) > 0));
            if (r.nextInt(4) == 0) {
              sb.append(annotation(r));
            }
            sb.append("\n\n");
            tasks++;
          }
        }
      }
    }
    sb.append("  法搜网--中国法律信息搜索网 版权所有\n");
    return sb.toString();
  }

  /**
   * {@code count} pages, page {@code i} being {@code page(seed * 1_000_003 + i)}.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static ImmutableList<String> pages(long seed, int count) {
    Preconditions.checkArgument(count >= 0, "count must not be negative but was %s", count);
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      b.add(page(seed * 1_000_003 + i));
    }
    return b.build();
  }

  /**
   * The plans of {@code pages(seed, n)} for the smallest {@code n} that brings them to at least
   * {@code minTasks} tasks, each page loaded as a plan of its own, in a corpus.
   *
   * @throws IllegalArgumentException if {@code minTasks} is negative
   */
  public static Corpus corpus(long seed, int minTasks) {
    Preconditions.checkArgument(minTasks >= 0, "minTasks must not be negative but was %s", minTasks);
    Corpus.Builder b = Corpus.builder();
    int tasks = 0;
    for (int i = 0; tasks < minTasks; i++) {
      Plan p = PlanLoader.standard().load(page(seed * 1_000_003 + i));
      b.add(p);
      tasks += p.allTasks().size();
    }
    return b.build();
  }

  private static String title(Random r) {
    return pick(r, VERBS) + pick(r, TOPICS) + pick(r, THINGS);
  }

  private static String statement(Random r, boolean withDeadline) {
    StringBuilder sb = new StringBuilder();
    if (withDeadline) {
      sb.append(deadline(r)).append(",");
    }
    sb.append(pick(r, VERBS)).append(pick(r, TOPICS)).append(pick(r, THINGS));
    switch (r.nextInt(6)) {
      case 0:
        sb.append(",在").append(town(r, true)).append("、").append(town(r, true)).append("开展试点");
        break;
      case 1:
        sb.append(",在").append(town(r, false)).append("、").append(town(r, false)).append("等镇先行先试");
        break;
      default:
        break;
    }
    if (r.nextInt(4) == 0) {
      String t = pick(r, TARGETS);
      sb.append(",").append(String.format(t, t.contains("%%") ? 50 + 5 * r.nextInt(11) : 10 * (1 + r.nextInt(100))));
    }
    sb.append(",").append(pick(r, PURPOSES)).append("。");
    return sb.toString();
  }

  private static String deadline(Random r) {
    int y = 2008 + r.nextInt(7);
    switch (r.nextInt(10)) {
      case 0:
        return y + "年前";
      case 1:
        return "到" + y + "年底";
      case 2:
        return y + "至" + (y + 1 + r.nextInt(2)) + "年";
      case 3:
        return "从" + y + "年开始";
      case 4:
        return y + "年" + (1 + r.nextInt(12)) + "月底前";
      case 5:
        return "到" + y + "年";
      case 6:
        return y + "年底前";
      case 7:
        return y + "年至" + (y + 2) + "年";
      case 8:
        return "从" + y + "年起";
      default:
        return y + "年";
    }
  }

  private static String annotation(Random r) {
    int n = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    switch (r.nextInt(5)) {
      case 0:
        sb.append("(牵头单位:").append(pick(r, UNITS)).append(";配合单位:");
        appendUnits(r, sb, n);
        break;
      case 1:
        sb.append("(责任单位:").append(pick(r, UNITS)).append("(牵头)、");
        appendUnits(r, sb, n);
        break;
      default:
        sb.append("(责任单位:");
        appendUnits(r, sb, n);
        break;
    }
    return sb.append(")").toString();
  }

  private static void appendUnits(Random r, StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append("、");
      }
      sb.append(r.nextInt(8) == 0 ? town(r, true) : pick(r, UNITS));
    }
  }

  private static String town(Random r, boolean fullName) {
    Town t = Town.all().get(r.nextInt(Town.all().size()));
    return fullName ? t.name() : t.shortName();
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
