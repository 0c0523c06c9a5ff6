package io.github.pilotplan.query;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The names closest to a name that was not found, by edit distance (Levenshtein, on UTF-16
 * units): each candidate comes with the forms it may be written in, and the typed name with its
 * own forms (as typed, canonical); a candidate's distance is the least over all pairs of forms.
 *
 * <pre>{@code
 * ClosestNames.of(List.of("市才政局"), List.of(
 *     new ClosestNames.Candidate("市民政局", List.of("市民政局")),
 *     new ClosestNames.Candidate("市财政局", List.of("市财政局"))));   // [市民政局, 市财政局]
 * }</pre>
 */
final class ClosestNames {

  /** How many names a suggestion offers at most. */
  static final int LIMIT = 3;

  /** Typed names are compared by their first this many characters: the cost stays bounded. */
  static final int MAX_LENGTH = 100;

  private ClosestNames() {}

  /** A name and the forms it may be written in. */
  record Candidate(String name, List<String> forms) {}

  /** The candidates at the least distance, at most {@value #LIMIT}, in the order given. */
  static ImmutableList<String> of(List<String> typedForms, List<Candidate> candidates) {
    int least = Integer.MAX_VALUE;
    int[] distances = new int[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      int best = Integer.MAX_VALUE;
      for (String typed : typedForms) {
        typed = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        for (String form : candidates.get(i).forms()) {
          best = Math.min(best, distance(typed, form));
        }
      }
      distances[i] = best;
      least = Math.min(least, best);
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int n = 0;
    for (int i = 0; i < candidates.size() && n < LIMIT; i++) {
      if (distances[i] == least) {
        out.add(candidates.get(i).name());
        n++;
      }
    }
    return out.build();
  }

  /** The Levenshtein distance of {@code a} and {@code b}, in two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
