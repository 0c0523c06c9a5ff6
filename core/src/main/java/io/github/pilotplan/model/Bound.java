package io.github.pilotplan.model;

/**
 * How a target's value binds: the bound its number sets (以上 → {@link #AT_LEAST}). Named {@code Bound}, not
 * {@code Comparator}, so that it never shadows {@code java.util.Comparator} in a user's imports.
 *
 * <pre>{@code
 * // 全市80%以上的城市社区达到… → AT_LEAST 80 %;  不少于1000名 → AT_LEAST 1000 名
 * plan.task("(二)", "2").get().targets().get(0).bound();   // AT_LEAST
 * }</pre>
 */
public enum Bound {
  /** 以上, 及以上, 不少于, 不低于 */
  AT_LEAST,
  /** 以下, 不超过, 不高于 */
  AT_MOST,
  /** 超过 */
  MORE_THAN,
  /** 左右, 约 */
  ABOUT,
  /** a plain number */
  EXACTLY
}
