package io.github.pilotplan.model;

/**
 * What sort of body a {@link Unit} is.
 *
 * <pre>{@code
 * Unit.of("财政局").kind();                       // MUNICIPAL_DEPARTMENT
 * Unit.of("黄江镇").kind();                       // TOWN
 * Unit.of("市社区工作领导小组成员单位").kind();   // GROUP
 * Unit.of("各镇街").kind();                       // COLLECTIVE
 * Unit.of("生态环境部").kind();                   // NATIONAL
 * }</pre>
 */
public enum UnitKind {
  /** A department of the city government or party committee: 市财政局, 市委组织部. */
  MUNICIPAL_DEPARTMENT,
  /** One town or subdistrict: 黄江镇. */
  TOWN,
  /** A coordinating group and its members: 市社区工作领导小组成员单位. */
  GROUP,
  /** Many bodies at once: 各镇街, 各相关部门、镇街(园区)按职责分工负责. */
  COLLECTIVE,
  /**
   * A body of the State Council or the centre: 生态环境部, 税务总局, 海关总署, 国家发展改革委, 国务院扶贫办.
   */
  NATIONAL,
  /** A body of a province: 省民政厅, 广东省财政厅. */
  PROVINCIAL,
  /** Anything else named as responsible. */
  OTHER
}
