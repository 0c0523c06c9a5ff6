package io.github.pilotplan.examples.cli;

import io.github.pilotplan.Plan;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Tells a person who named a unit or town the plan does not know which names it does know,
 * the closest by edit distance.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.seed();
 * NameHints.unit(plan, "财政局");     // Optional.empty(): an alias of 市财政局, which the plan names
 * NameHints.unit(plan, "市才政局");   // Optional["no unit \"市才政局\" in this plan; closest: 市民政局, 市财政局"]
 * NameHints.town(plan, "黄江");       // Optional.empty()
 * NameHints.town(plan, "石龙");       // Optional["no town \"石龙\" in this plan; closest: 黄江镇, 厚街镇"]
 * }</pre>
 *
 * <p>Names are printed with their control and invisible characters escaped ({@link
 * TerminalText#visible}), so a file cannot send escape sequences to the terminal through a hint.
 *
 * <p>Both the name as typed and its canonical form ({@link Unit#canonicalName}, {@link
 * Town#lookup}) are compared with each name of the plan, a town's short name counting as one of its
 * names. The hint offers the names at the least distance, at most {@value #LIMIT}, in the plan's
 * order.
 */
final class NameHints {

  /** How many names a hint offers at most. */
  static final int LIMIT = 3;

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private NameHints() {}

  /** A hint when no unit of {@code plan} is {@code typed} or has it as an alias; else empty. */
  static Optional<String> unit(Plan plan, String typed) {
    String canonical = Unit.canonicalName(typed);
    if (plan.units().stream().anyMatch(u -> u.name().equals(canonical))) {
      return Optional.empty();
    }
    List<Candidate> candidates = plan.units().stream()
        .map(u -> new Candidate(u.name(), List.of(u.name())))
        .collect(Collectors.toList());
    return Optional.of(hint("unit", typed, List.of(typed, canonical), candidates));
  }

  /** A hint when {@code typed} names no town that a task of {@code plan} names; else empty. */
  static Optional<String> town(Plan plan, String typed) {
    Optional<Town> town = Town.lookup(typed);
    if (town.isPresent() && plan.towns().contains(town.get())) {
      return Optional.empty();
    }
    List<String> forms = Stream.concat(Stream.of(typed), town.map(Town::name).stream())
        .collect(Collectors.toList());
    List<Candidate> candidates = plan.towns().stream()
        .map(t -> new Candidate(t.name(), List.of(t.name(), t.shortName())))
        .collect(Collectors.toList());
    return Optional.of(hint("town", typed, forms, candidates));
  }

  private static String hint(String what, String typed, List<String> forms, List<Candidate> candidates) {
    String head = "no " + what + " \"" + TerminalText.visible(typed) + "\" in this plan";
    if (candidates.isEmpty()) {
      return head + "; it names no " + what + "s";
    }
    int least = candidates.stream().mapToInt(c -> c.distanceTo(forms)).min().getAsInt();
    return head + "; closest: " + candidates.stream()
        .filter(c -> c.distanceTo(forms) == least)
        .limit(LIMIT)
        .map(c -> TerminalText.visible(c.name()))
        .collect(Collectors.joining(", "));
  }

  /** A name of the plan and the forms it may be written in. */
  private record Candidate(String name, List<String> forms) {
    int distanceTo(List<String> typedForms) {
      int best = Integer.MAX_VALUE;
      for (String typed : typedForms) {
        for (String form : forms) {
          best = Math.min(best, DISTANCE.apply(typed, form));
        }
      }
      return best;
    }
  }
}
