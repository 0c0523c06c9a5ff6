package io.github.pilotplan.model;

/**
 * What a responsibility clause makes a unit do for a task.
 *
 * <pre>{@code
 * // "(生态环境部牵头,国家发展改革委、工业和信息化部参与)"
 * task.roleOf(Unit.of("生态环境部"));        // Optional[LEAD]
 * task.roleOf(Unit.of("工业和信息化部"));    // Optional[SUPPORTING]
 * }</pre>
 */
public enum UnitRole {
  /** Leads the task: 牵头单位:A, A牵头, A(牵头), or first listed under a 第一位为牵头 rule. */
  LEAD,
  /** Answers for the task without a stated lead: 责任单位:A, A负责, A落实, 主办单位:A. */
  RESPONSIBLE,
  /** Works under the lead: 配合单位:B, 协办单位:B, 参与单位:B, B参与, B配合, B协办. */
  SUPPORTING,
  /** Guides the task: 指导单位:C, C指导. */
  GUIDING
}
