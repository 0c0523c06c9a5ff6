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

  /** 1 for {@link #CHAPTER}, 5 for {@link #POINT}. */
  public int depth() {
    return ordinal() + 1;
  }

  /** Whether this level nests inside {@code other}. */
  public boolean isDeeperThan(Level other) {
    return compareTo(other) > 0;
  }

  /** The level just outside this one; {@link #CHAPTER} for itself. */
  public Level parent() {
    return this == CHAPTER ? CHAPTER : values()[ordinal() - 1];
  }
}
