package io.github.pilotplan.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for paths of labels. */
final class Paths {

  private Paths() {}

  static String text(List<Label> path) {
    return path.stream().map(Label::text).collect(Collectors.joining(" › "));
  }

  static ImmutableList<String> texts(List<Label> path) {
    return path.stream().map(Label::text).collect(ImmutableList.toImmutableList());
  }
}
