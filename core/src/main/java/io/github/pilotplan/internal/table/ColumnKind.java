package io.github.pilotplan.internal.table;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.internal.text.Cleaning;
import java.util.Optional;

/**
 * What a column of a task table holds, as its header cell names it.
 *
 * <pre>{@code
 * ColumnKind.of("牵头单位");          // Optional[LEAD]
 * ColumnKind.of("配合单位(部门)");    // Optional[SUPPORT]
 * ColumnKind.of("计划完成时限");      // Optional[DEADLINE]
 * ColumnKind.of("市卫生健康委");      // Optional.empty()
 * }</pre>
 *
 * <p>A header cell names a kind when, without spaces and bracketed remarks, it is one of the
 * kind's words, or (for a cell of at most 12 characters) contains one of the kind's key
 * words; the kinds are tried in the order declared.
 */
public enum ColumnKind {
  /** 序号, 编号: the row's number; rows of one number are one task. */
  NUMBER(words("序号", "编号", "序列号", "项目编号", "任务编号"), words("序号", "编号")),
  /** 牵头单位 and its variants: the lead units. */
  LEAD(words("牵头单位", "牵头部门", "主办单位", "主责单位", "牵头责任单位", "责任牵头单位", "牵头", "牵头领导单位",
      "主要责任单位", "牵头负责单位"), words("牵头", "主办", "主责")),
  /** 配合单位 and its variants: the supporting units. */
  SUPPORT(words("配合单位", "协办单位", "参与单位", "配合部门", "协同单位", "协助单位", "参加单位", "配合", "协办",
      "配合责任单位", "协同部门", "参与部门"), words("配合", "协办", "参与", "协同", "协助")),
  /**
   * 责任单位 and its variants: the lead units where the table has no 牵头 column, else the
   * supporting ones (牵头单位 | 责任单位).
   */
  RESPONSIBLE(words("责任单位", "责任部门", "负责单位", "实施单位", "承办单位", "责任主体", "落实单位", "责任处室",
      "责任科室", "负责部门"), words("责任单位", "责任部门", "负责单位", "实施单位", "责任主体")),
  /** 完成时限 and its variants: the deadline. */
  DEADLINE(words("完成时限", "完成时间", "时间进度", "时限要求", "时间节点", "完成期限", "时间安排", "进度安排", "时限",
      "时间要求", "完成时间节点", "进度要求", "实施期限", "时间"), words("时限", "完成时间", "期限", "进度", "时间节点")),
  /** 主要内容 and its variants: the task's statement. */
  CONTENT(words("主要内容", "具体内容", "工作措施", "任务内容", "具体措施", "主要措施", "工作内容", "具体任务", "工作要求",
      "目标及要求", "任务要求", "具体工作", "推进措施", "细化任务", "任务举措", "工作举措", "具体工作措施", "主要工作",
      "工作任务及措施", "政策措施", "内容"), words("内容", "措施", "举措", "要求")),
  /** 预期目标 and its variants: what the task commits to. */
  TARGET(words("预期目标", "工作目标", "目标要求", "预期成效", "预期成果", "量化指标", "成果形式", "主要目标", "目标"),
      words("目标", "成效", "成果", "指标")),
  /** 工作事项 and its variants: the task's short name. */
  ITEM(words("工作事项", "重点任务", "任务", "工作任务", "主要任务", "任务名称", "事项", "重点工作", "工作项目", "项目",
      "任务事项", "改革事项", "事项名称", "工作名称", "重点事项", "主要工作任务", "重点工作任务"),
      words("任务", "事项", "重点工作", "项目")),
  /** 类别 and its variants: a group of rows (a merged cell over the group). */
  CATEGORY(words("类别", "领域", "重点领域", "板块", "分类", "工作类别", "任务类别", "类型"), words("类别", "领域")),
  /** 备注 and other columns the loader keeps out of the task. */
  OTHER(words("备注", "说明", "补充说明", "推进情况", "完成情况", "责任人", "联系人"), words("备注"));

  private static final int MAX_FUZZY_LENGTH = 12;

  private final ImmutableList<String> words;
  private final ImmutableList<String> keys;

  ColumnKind(ImmutableList<String> words, ImmutableList<String> keys) {
    this.words = words;
    this.keys = keys;
  }

  private static ImmutableList<String> words(String... w) {
    return ImmutableList.copyOf(w);
  }

  /** The header words of this kind, in the order the README lists them. */
  public ImmutableList<String> words() {
    return words;
  }

  /** Whether the column names units (lead, supporting or responsible). */
  public boolean isUnits() {
    return this == LEAD || this == SUPPORT || this == RESPONSIBLE;
  }

  /** The kind a header cell names, if it names one. */
  public static Optional<ColumnKind> of(String header) {
    String h = normalized(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    for (ColumnKind k : values()) {
      if (k.words.contains(h)) {
        return Optional.of(k);
      }
    }
    if (h.length() > MAX_FUZZY_LENGTH) {
      return Optional.empty();
    }
    for (ColumnKind k : values()) {
      for (String key : k.keys) {
        if (h.contains(key)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /** The header without spaces, bracketed remarks and trailing punctuation. */
  static String normalized(String header) {
    String s = Cleaning.clean(header);
    StringBuilder sb = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '〔' || c == '[' || c == '【') {
        depth++;
      } else if ((c == ')' || c == '〕' || c == ']' || c == '】') && depth > 0) {
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c) && c != ':' && c != '*' && c != '。') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
