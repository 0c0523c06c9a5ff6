package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.model.Task;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The positions of a list of tasks by effective unit, lead unit, due year and town, built once
 * for the list and shared by every query derived from it.
 *
 * <p>A posting list is an ascending {@code int[]} of positions in {@link #tasks}, so it is in
 * document order; the arrays never leave this package and are never written after construction,
 * which makes an index deeply immutable and safe to share between threads.
 */
final class TaskIndex {

  static final int[] NONE = new int[0];

  final ImmutableList<Task> tasks;
  private final ImmutableMap<String, int[]> byUnit;
  private final ImmutableMap<String, int[]> byLead;
  private final ImmutableMap<Integer, int[]> byDueYear;
  private final ImmutableMap<Town, int[]> byTown;
  /** By the code of each place a task names and of every division that place lies in. */
  private final ImmutableMap<String, int[]> byPlace;
  /**
   * The names the index holds (each standing for itself, as the loader named it) and
   * Unit.canonicalName of the short names of towns among them; other spellings (aliases such as
   * 财政局) are resolved when asked. No string is made for it.
   */
  private final ImmutableMap<String, String> canonicalNames;
  /** The hash of {@link #tasks}, computed on first use (racy but idempotent, like String.hash). */
  private int tasksHash;

  TaskIndex(ImmutableList<Task> tasks) {
    this.tasks = tasks;
    Map<String, Postings> units = new LinkedHashMap<>();
    Map<String, Postings> leads = new LinkedHashMap<>();
    Map<Integer, Postings> years = new LinkedHashMap<>();
    Map<Town, Postings> towns = new LinkedHashMap<>();
    Map<String, Postings> places = new LinkedHashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      int at = i;
      unitKeys(t, k -> units.computeIfAbsent(k, x -> new Postings()).add(at));
      leadKeys(t, k -> leads.computeIfAbsent(k, x -> new Postings()).add(at));
      dueYearKeys(t, k -> years.computeIfAbsent(k, x -> new Postings()).add(at));
      townKeys(t, k -> towns.computeIfAbsent(k, x -> new Postings()).add(at));
      placeKeys(t, k -> places.computeIfAbsent(k, x -> new Postings()).add(at));
    }
    this.byUnit = freeze(units);
    this.byLead = freeze(leads);
    this.byDueYear = freeze(years);
    this.byTown = freeze(towns);
    this.byPlace = freeze(places);
    Map<String, String> names = new LinkedHashMap<>();
    for (Map<String, Postings> m : Arrays.asList(units, leads)) {
      for (String name : m.keySet()) {
        // A name the index holds stands for itself: a State Council plan's 扶贫办 is not 市扶贫办.
        names.put(name, name);
        Optional<Town> town = Town.lookup(name);
        if (town.isPresent()) {
          foresee(names, town.get().shortName());
        }
      }
    }
    this.canonicalNames = ImmutableMap.copyOf(names);
  }

  // The key functions: the one definition of each indexed step. A task is in the entry of key k
  // exactly when its key function yields k, so an indexed step needs no test of its own.

  /** The canonical names of the task's effective units: {@code ownedBy}. */
  static void unitKeys(Task t, Consumer<String> keys) {
    for (Unit u : t.effectiveUnits()) {
      keys.accept(u.name());
    }
  }

  /** The canonical name of the task's lead unit, if any: {@code ledBy}. */
  static void leadKeys(Task t, Consumer<String> keys) {
    if (t.leadUnit().isPresent()) {
      keys.accept(t.leadUnit().get().name());
    }
  }

  /** The due years of the task's effective deadlines: {@code dueIn}. */
  static void dueYearKeys(Task t, Consumer<Integer> keys) {
    for (Deadline d : t.effectiveDeadlines()) {
      if (d.dueYear().isPresent()) {
        keys.accept(d.dueYear().getAsInt());
      }
    }
  }

  /** The towns the task's words name: {@code inTown}. */
  static void townKeys(Task t, Consumer<Town> keys) {
    for (Town town : t.towns()) {
      keys.accept(town);
    }
  }

  /**
   * The codes of the places the task's words name and of every division each lies in (the
   * prefixes of 2, 4, 6 and 9 digits of its code): {@code inPlace}.
   */
  static void placeKeys(Task t, Consumer<String> keys) {
    for (Place place : t.places()) {
      String code = place.code();
      for (int len : new int[] {2, 4, 6, 9}) {
        if (len <= code.length()) {
          keys.accept(code.substring(0, len));
        }
      }
    }
  }

  /** Whether a task's effective unit or lead unit has this canonical name. */
  boolean knowsUnit(String canonicalName) {
    return byUnit.containsKey(canonicalName) || byLead.containsKey(canonicalName);
  }

  /** The canonical names of every effective or lead unit of the tasks, in order of first mention. */
  ImmutableSet<String> unitNames() {
    return ImmutableSet.<String>builder().addAll(byUnit.keySet()).addAll(byLead.keySet()).build();
  }

  private static void foresee(Map<String, String> names, String spelling) {
    if (!names.containsKey(spelling)) {
      String canonical = Unit.canonicalName(spelling);
      names.put(spelling, canonical.equals(spelling) ? spelling : canonical);
    }
  }

  private static <K> ImmutableMap<K, int[]> freeze(Map<K, Postings> m) {
    ImmutableMap.Builder<K, int[]> b = ImmutableMap.builderWithExpectedSize(m.size());
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

  /** Tasks one of whose effective units has this canonical name; none for a blank name. */
  int[] ownedBy(String canonicalName) {
    return canonicalName.isEmpty() ? NONE : byUnit.getOrDefault(canonicalName, NONE);
  }

  /** Tasks whose lead unit has this canonical name; none for a blank name. */
  int[] ledBy(String canonicalName) {
    return canonicalName.isEmpty() ? NONE : byLead.getOrDefault(canonicalName, NONE);
  }

  /** Tasks with an effective deadline due in {@code year}. */
  int[] dueIn(int year) {
    return byDueYear.getOrDefault(year, NONE);
  }

  /** Tasks whose words name {@code town}. */
  int[] inTown(Town town) {
    return byTown.getOrDefault(town, NONE);
  }

  /** Tasks whose words name one of {@code places} or a place inside one of them. */
  int[] inPlace(Collection<Place> candidates) {
    int[] out = NONE;
    for (Place p : candidates) {
      int[] more = byPlace.getOrDefault(p.code(), NONE);
      if (more.length > 0) {
        out = out.length == 0 ? more : union(out, more);
      }
    }
    return out;
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
