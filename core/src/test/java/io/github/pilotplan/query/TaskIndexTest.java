package io.github.pilotplan.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The intersection of posting lists, by merge and by galloping search, against sets. */
class TaskIndexTest {

  private static int[] ascending(Random r, int size, int bound) {
    TreeSet<Integer> s = new TreeSet<>();
    while (s.size() < size) {
      s.add(r.nextInt(bound));
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void intersectionIsThatOfTheSetsForEveryRatioOfSizes() {
    Random r = new Random(11);
    int galloping = 0;
    for (int round = 0; round < 2_000; round++) {
      int bound = 1 + r.nextInt(5_000);
      int[] small = ascending(r, r.nextInt(Math.min(bound, 50) + 1), bound);
      int[] large = ascending(r, small.length + r.nextInt(bound - small.length + 1), bound);
      if (large.length > 8L * small.length) {
        galloping++;
      }
      TreeSet<Integer> expected = new TreeSet<>();
      for (int p : small) {
        expected.add(p);
      }
      TreeSet<Integer> inLarge = new TreeSet<>();
      for (int p : large) {
        inLarge.add(p);
      }
      expected.retainAll(inLarge);
      int[] found = TaskIndex.intersect(small, large);
      assertThat(found).as("round %s", round)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
    assertThat(galloping).isBetween(200, 1_800);
    assertThat(TaskIndex.intersect(new int[0], new int[] {1, 2})).isEmpty();
    assertThat(TaskIndex.intersect(new int[] {7}, new int[0])).isEmpty();
    assertThat(TaskIndex.intersect(new int[] {0, 99}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        14, 15, 16, 17, 18, 19, 99})).containsExactly(0, 99);
  }
}
