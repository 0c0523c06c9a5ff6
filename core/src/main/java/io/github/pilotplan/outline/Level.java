package io.github.pilotplan.outline;

/**
 * The levels of a plan's outline, from the outermost in.
 *
 * <pre>{@code
 * Level.SECTION.example();          // "(一)"
 * Level.ITEM.isDeeperThan(Level.SECTION);   // true
 * }</pre>
 */
public enum Level {
  /** 附件1 附件2: an attachment of the plan, outside its main text's numbering. */
  ATTACHMENT("附件1"),
  /** 一、 二、 三、 */
  CHAPTER("一、"),
  /** (一) (二), also written （一） */
  SECTION("(一)"),
  /** 1、 2、, also written 1. or 1． */
  ITEM("1、"),
  /** (1) (2), also written （1） */
  SUB_ITEM("(1)"),
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

  /** 1 for {@link #CHAPTER}, 5 for {@link #POINT}; 0 for {@link #ATTACHMENT}. */
  public int depth() {
    return ordinal();
  }

  /** Whether this level nests inside {@code other}. */
  public boolean isDeeperThan(Level other) {
    return compareTo(other) > 0;
  }

  /** The level just outside this one; {@link #CHAPTER} and {@link #ATTACHMENT} for themselves. */
  public Level parent() {
    return ordinal() <= CHAPTER.ordinal() ? this : values()[ordinal() - 1];
  }
}
