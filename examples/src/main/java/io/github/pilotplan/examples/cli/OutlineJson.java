package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.Label;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The section tree of {@code pilotplan outline --format json}: an array of section nodes, each
 * {@code {path, label, title, inferred, children}}.
 *
 * <pre>{@code
 * JsonOutput.print(OutlineJson.of(PlanLoader.seed().outline()), out);
 * // [
 * //   {
 * //     "path": ["(一)"],                      (one label per line in the real output)
 * //     "label": "(一)",
 * //     "title": null,
 * //     "inferred": true,
 * //     "children": [
 * //       {
 * //         "path": ["(一)", "3"],
 * //         "label": "3",
 * //         "title": "培育发展基层社区社会组织,增强社区社会组织服务功能",
 * //         "inferred": false,
 * //         "children": [ … ]
 * //       },
 * //       …
 * //     ]
 * //   },
 * //   …
 * // ]
 * }</pre>
 *
 * <p>{@code path} holds the canonical labels from the top down to the section itself, the same
 * form as a task's {@code path}; {@code title} is null for an untitled section; {@code inferred}
 * is true for a section the text never shows.
 */
final class OutlineJson {

  private OutlineJson() {}

  /** The array of top-level section nodes, children nested. */
  static ArrayNode of(List<Section> sections) {
    ArrayNode array = JsonOutput.array();
    sections.forEach(s -> array.add(of(s)));
    return array;
  }

  private static ObjectNode of(Section section) {
    ObjectNode node = JsonOutput.object();
    node.set("path", JsonOutput.strings(
        section.path().stream().map(Label::text).collect(Collectors.toList())));
    node.put("label", section.label().text());
    JsonOutput.put(node, "title", section.title());
    node.put("inferred", section.isInferred());
    node.set("children", of(section.children()));
    return node;
  }
}
