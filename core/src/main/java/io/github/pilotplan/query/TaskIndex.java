package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of a list of tasks by the keys of each {@link Attribute} (effective unit, lead
 * unit, due year, town, place), built once for the list and shared by every query derived from
 * it: a task is in the entry of key {@code k} exactly when the attribute gives it {@code k}.
 *
 * <pre>{@code
 * TaskIndex index = new TaskIndex(plan.allTasks());
 * index.entry(Attribute.UNIT, "市财政局");        // the positions of the 16 tasks 市财政局 owns
 * index.entries(Attribute.DUE_YEAR, Set.of(2011)); // of the 4 due in 2011
 * }</pre>
 *
 * <p>An entry is an ascending {@code int[]} of positions in {@link #tasks}, so it is in document
 * order; the arrays never leave the query packages and are never written after construction,
 * which makes an index deeply immutable and safe to share between threads.
 */
final class TaskIndex {

  static final int[] NONE = new int[0];

  final ImmutableList<Task> tasks;
  /** The entries of each attribute by key, at the attribute's {@link Attribute#id}. */
  private final ImmutableMap<?, int[]>[] entries;
  /**
   * The names the index holds (each standing for itself, as the loader named it) and
   * Unit.canonicalName of the short names of towns among them; other spellings (aliases such as
   * 财政局) are resolved when asked. No string is made for it.
   */
  private final ImmutableMap<String, String> canonicalNames;
  /** The hash of {@link #tasks}, computed on first use (racy but idempotent, like String.hash). */
  private int tasksHash;

  @SuppressWarnings("unchecked")
  TaskIndex(ImmutableList<Task> tasks) {
    this.tasks = tasks;
    List<Map<Object, Postings>> building = new ArrayList<>(Attribute.ALL.size());
    for (int a = 0; a < Attribute.ALL.size(); a++) {
      building.add(new LinkedHashMap<>());
    }
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      int at = i;
      for (Attribute<?> attribute : Attribute.ALL) {
        Map<Object, Postings> m = building.get(attribute.id);
        attribute.offerKeys(t, k -> {
          m.computeIfAbsent(k, x -> new Postings()).add(at);
          return false;
        });
      }
    }
    this.entries = new ImmutableMap[Attribute.ALL.size()];
    for (int a = 0; a < entries.length; a++) {
      entries[a] = freeze(building.get(a));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : unitNames()) {
      // A name the index holds stands for itself: a State Council plan's 扶贫办 is not 市扶贫办.
      names.put(name, name);
      Optional<Town> town = Town.lookup(name);
      if (town.isPresent()) {
        foresee(names, town.get().shortName());
      }
    }
    this.canonicalNames = ImmutableMap.copyOf(names);
  }

  /** The positions of the tasks that {@code attribute} gives {@code key}; none for an unknown key. */
  int[] entry(Attribute<?> attribute, Object key) {
    return entries[attribute.id].getOrDefault(key, NONE);
  }

  /** The positions of the tasks that {@code attribute} gives one of {@code keys}, ascending. */
  int[] entries(Attribute<?> attribute, Collection<?> keys) {
    int[] out = NONE;
    for (Object key : keys) {
      int[] more = entry(attribute, key);
      if (more.length > 0) {
        out = out.length == 0 ? more : union(out, more);
      }
    }
    return out;
  }

  /** Every key {@code attribute} gives some task, in order of first appearance. */
  @SuppressWarnings("unchecked")
  <K> ImmutableSet<K> keys(Attribute<K> attribute) {
    return (ImmutableSet<K>) entries[attribute.id].keySet();
  }

  /** Whether a task's effective unit or lead unit has this canonical name. */
  boolean knowsUnit(String canonicalName) {
    return entries[Attribute.UNIT.id].containsKey(canonicalName)
        || entries[Attribute.LEAD.id].containsKey(canonicalName);
  }

  /** The canonical names of every effective or lead unit of the tasks, in order of first mention. */
  ImmutableSet<String> unitNames() {
    return ImmutableSet.<String>builder().addAll(keys(Attribute.UNIT)).addAll(keys(Attribute.LEAD)).build();
  }

  private static void foresee(Map<String, String> names, String spelling) {
    if (!names.containsKey(spelling)) {
      String canonical = Unit.canonicalName(spelling);
      names.put(spelling, canonical.equals(spelling) ? spelling : canonical);
    }
  }

  private static ImmutableMap<Object, int[]> freeze(Map<Object, Postings> m) {
    ImmutableMap.Builder<Object, int[]> b = ImmutableMap.builderWithExpectedSize(m.size());
    m.forEach((k, p) -> b.put(k, p.toArray()));
    return b.buildOrThrow();
  }

  /**
   * A name the index holds as it is, else {@link Unit#canonicalName}, looked up for the spellings
   * foreseen at construction.
   */
  String canonicalName(String nameOrAlias) {
    String known = canonicalNames.get(nameOrAlias);
    return known != null ? known : Unit.canonicalName(nameOrAlias);
  }

  int tasksHash() {
    int h = tasksHash;
    if (h == 0) {
      h = tasks.hashCode();
      tasksHash = h;
    }
    return h;
  }

  /** The positions in {@code a} or in {@code b}, both ascending, once each. */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The positions 0 … {@code size - 1} that are not in {@code a}, which is ascending. */
  static int[] complement(int[] a, int size) {
    int[] out = new int[size - a.length];
    int n = 0;
    int j = 0;
    for (int p = 0; p < size; p++) {
      if (j < a.length && a[j] == p) {
        j++;
      } else {
        out[n++] = p;
      }
    }
    return out;
  }

  /**
   * Positions in {@code small} that are also in {@code large}, both ascending: a linear merge
   * when the two are of like size, else a galloping search of {@code large} for each position of
   * {@code small}, which costs about {@code small.length * log(large.length / small.length)}.
   */
  static int[] intersect(int[] small, int[] large) {
    int[] out = new int[small.length];
    int n = 0;
    if (large.length <= 8L * small.length) {
      int j = 0;
      for (int i = 0; i < small.length && j < large.length; ) {
        int a = small[i];
        int b = large[j];
        if (a == b) {
          out[n++] = a;
          i++;
          j++;
        } else if (a < b) {
          i++;
        } else {
          j++;
        }
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    }
    int lo = 0;
    for (int p : small) {
      int step = 1;
      int hi = lo;
      while (hi < large.length && large[hi] < p) {
        lo = hi + 1;
        hi += step;
        step <<= 1;
      }
      int at = Arrays.binarySearch(large, lo, Math.min(hi + 1, large.length), p);
      if (at >= 0) {
        out[n++] = p;
        lo = at + 1;
      } else {
        lo = -at - 1;
      }
      if (lo >= large.length) {
        break;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** A growing posting list that takes each position once. */
  private static final class Postings {
    private int[] a = new int[4];
    private int n;

    void add(int position) {
      if (n > 0 && a[n - 1] == position) {
        return;
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = position;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
