package io.github.pilotplan.annotate;

/** How a target's value binds: 80%以上 is {@link #AT_LEAST} 80%. */
public enum Comparator {
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
