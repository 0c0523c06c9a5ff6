package io.github.pilotplan;

import java.io.IOException;

/**
 * Thrown when an input is larger than the loader's cap ({@link PlanLoader#maxInputSize()}):
 * bytes for byte input, characters for text input.
 *
 * <pre>{@code
 * try {
 *   PlanLoader.standard().withMaxInputSize(1_000).load(Path.of("dump.txt"));
 * } catch (InputTooLargeException e) {
 *   e.limit();   // 1000
 * }
 * }</pre>
 */
public final class InputTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  /** An input of more than {@code limit} {@code units} ("bytes" or "characters"). */
  public InputTooLargeException(long limit, String units) {
    super("input is larger than the limit of " + limit + " " + units);
    this.limit = limit;
  }

  /** The cap that was exceeded. */
  public long limit() {
    return limit;
  }
}
