package io.github.pilotplan.internal.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Workers run each part once, on the caller and the threads it may use, and report a failure. */
class WorkersTest {

  @Test
  void eachPartRunsOnceAndTheCallerTakesPart() {
    AtomicIntegerArray runs = new AtomicIntegerArray(100);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Workers.of(3, Optional.empty()).run(100, i -> {
      runs.incrementAndGet(i);
      threads.add(Thread.currentThread());
    });
    for (int i = 0; i < 100; i++) {
      assertThat(runs.get(i)).as("part %s", i).isEqualTo(1);
    }
    assertThat(threads).hasSizeBetween(1, 3);
  }

  @Test
  void noPartsRunNothingAndOneThreadIsTheCallerAlone() {
    Workers.of(4, Optional.empty()).run(0, i -> {
      throw new AssertionError("no part to run");
    });
    Thread caller = Thread.currentThread();
    Workers.of(1, Optional.empty()).run(5, i -> assertThat(Thread.currentThread()).isSameAs(caller));
    assertThat(Workers.of(1, Optional.empty())).isSameAs(Workers.SEQUENTIAL);
  }

  @Test
  void aFailingPartIsThrownAfterTheOthersRan() {
    AtomicIntegerArray runs = new AtomicIntegerArray(10);
    assertThatThrownBy(() -> Workers.of(2, Optional.empty()).run(10, i -> {
      runs.incrementAndGet(i);
      if (i == 3) {
        throw new IllegalStateException("part 3 failed");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("part 3 failed");
    for (int i = 0; i < 10; i++) {
      assertThat(runs.get(i)).isEqualTo(1);
    }
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> Workers.of(0, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be positive but was 0");
    assertThatThrownBy(() -> Workers.SEQUENTIAL.run(-1, i -> { })).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must not be negative but was -1");
  }
}
