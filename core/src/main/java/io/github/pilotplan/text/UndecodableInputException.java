package io.github.pilotplan.text;

import java.io.IOException;

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

  /** An exception for the byte {@code value} at {@code byteOffset}. */
  public UndecodableInputException(long byteOffset, byte value) {
    super(String.format(
        "input is neither UTF-8 nor GB18030: byte 0x%02x at offset %d", value & 0xff, byteOffset));
    this.byteOffset = byteOffset;
  }

  /** The 0-based offset of the first byte that could not be read. */
  public long byteOffset() {
    return byteOffset;
  }
}
