package io.github.pilotplan;

import java.io.IOException;
import io.github.pilotplan.internal.text.TextDecoding;

/**
 * Thrown when bytes are neither UTF-8 nor GB18030. Carries the offset of the first byte that could
 * not be read.
 *
 * <pre>{@code
 * try {
 *   TextDecoding.decode(bytes);
 * } catch (UndecodableInputException e) {
 *   System.err.println(e.getMessage());   // "input is neither UTF-8 nor GB18030: byte 0xff at offset 17"
 * }
 * }</pre>
 */
public final class UndecodableInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long byteOffset;
  private final String problem;

  /** An exception for the byte {@code value} at {@code byteOffset}. */
  public UndecodableInputException(long byteOffset, byte value) {
    this(byteOffset, value, "neither UTF-8 nor GB18030");
  }

  /**
   * An exception for the byte {@code value} at {@code byteOffset}, with {@code problem} in place
   * of "neither UTF-8 nor GB18030" (e.g. "not UTF-16LE despite a UTF-16LE byte-order mark").
   */
  public UndecodableInputException(long byteOffset, byte value, String problem) {
    super(String.format("input is %s: byte 0x%02x at offset %d", problem, value & 0xff, byteOffset));
    this.byteOffset = byteOffset;
    this.problem = problem;
  }

  /** What is wrong with the bytes: "neither UTF-8 nor GB18030", or what their byte-order mark promised. */
  public String problem() {
    return problem;
  }

  /** The 0-based offset of the first byte that could not be read. */
  public long byteOffset() {
    return byteOffset;
  }
}
