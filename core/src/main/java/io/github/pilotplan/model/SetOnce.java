package io.github.pilotplan.model;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The model's tables of shared values fill their slots on first use: {@link #first} keeps the
 * first value set in a slot, so that threads racing to fill it build equal values and all get the
 * one that was set first.
 */
final class SetOnce {

  private SetOnce() {}

  /** Sets {@code slot} to {@code value} unless it is set already; the slot's value. */
  static <T> T first(AtomicReferenceArray<T> slots, int slot, T value) {
    slots.compareAndSet(slot, null, value);
    return slots.get(slot);
  }
}
