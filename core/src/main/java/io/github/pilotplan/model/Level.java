package io.github.pilotplan.model;

/**
 * The levels of a plan's outline, from the outermost in.
 *
 * <pre>{@code
 * Level.SECTION.example();          // "(一)"
 * Level.ITEM.isDeeperThan(Level.SECTION);   // true
 * Level.ARTICLE.isDeeperThan(Level.PART);   // true: 第三条 inside 第一章
 * }</pre>
 *
 * <p>The order is fixed: an attachment (附件2) holds its own outline; the four numbered divisions
 * of regulations (第一章, 第一节, 第一条, 第一款) stand outside the five of plans (一、, (一), 1、,
 * (1), ①), and {@code 1)} sits between (1) and ①. A plan that uses only some of the forms nests
 * them in this order.
 */
public enum Level {
  /** 附件1 附件2: an attachment of the plan, outside its main text's numbering. */
  ATTACHMENT("附件1"),
  /** 第一章 第二章, also 第1章 */
  PART("第一章"),
  /** 第一节 第二节 */
  DIVISION("第一节"),
  /** 第一条 第二条, numbered on through the chapters of a regulation */
  ARTICLE("第一条"),
  /** 第一款 第二款 */
  CLAUSE("第一款"),
  /** 一、 二、 三、, also written 一. */
  CHAPTER("一、"),
  /** (一) (二), also written （一） */
  SECTION("(一)"),
  /** 1、 2、, also written 1. or 1． */
  ITEM("1、"),
  /** (1) (2), also written （1） */
  SUB_ITEM("(1)"),
  /** 1) 2), also written 1） */
  MINOR_ITEM("1)"),
  /** ① ② */
  POINT("①");

  private final String example;

  Level(String example) {
    this.example = example;
  }

  /** How the first heading of this level is numbered, e.g. {@code "(一)"}. */
  public String example() {
    return example;
  }

  /**
   * 0 for {@link #ATTACHMENT}, 1 for {@link #PART}, 5 for {@link #CHAPTER}, 10 for {@link #POINT}:
   * the place in this order.
   */
  public int depth() {
    return ordinal();
  }

  /** Whether this level nests inside {@code other}. */
  public boolean isDeeperThan(Level other) {
    return compareTo(other) > 0;
  }

  /** The level just outside this one; {@link #ATTACHMENT} and {@link #PART} for themselves. */
  public Level parent() {
    return this == ATTACHMENT || this == PART ? this : values()[ordinal() - 1];
  }
}
