package io.github.pilotplan.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds Jackson trees and prints them as pretty JSON: two-space indents, one array element per
 * line, {@code "key": value}, empty arrays as {@code []}. Non-ASCII text is written as itself.
 *
 * <pre>{@code
 * ArrayNode tasks = JsonOutput.array();
 * tasks.add(JsonOutput.object().put("path", "(一) › 6"));
 * JsonOutput.print(tasks, out);
 * }</pre>
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private JsonOutput() {}

  /** A new, empty array. */
  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** A new, empty object. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** An array of the strings, in order. */
  static ArrayNode strings(List<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** Puts the string, or JSON null when it is absent. */
  static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  /** Puts the number, or JSON null when it is absent. */
  static void put(ObjectNode node, String field, OptionalInt value) {
    if (value.isPresent()) {
      node.put(field, value.getAsInt());
    } else {
      node.putNull(field);
    }
  }

  /** Prints {@code node} followed by a line break. */
  static void print(JsonNode node, PrintWriter out) {
    try {
      out.println(WRITER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serializes; this would be a bug in the tree.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts an array on {@code out} whose elements are written one at a time, as they come, in
   * the layout {@link #print} gives a whole array.
   *
   * <pre>{@code
   * JsonOutput.ArrayStream array = JsonOutput.startArray(out);
   * array.add(node);
   * array.end();   // "]" and a line break
   * }</pre>
   */
  static ArrayStream startArray(PrintWriter out) {
    try {
      JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setPrettyPrinter(prettyPrinter());
      generator.writeStartArray();
      return new ArrayStream(generator, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An array being written; see {@link #startArray}. */
  static final class ArrayStream {
    private final JsonGenerator generator;
    private final PrintWriter out;

    private ArrayStream(JsonGenerator generator, PrintWriter out) {
      this.generator = generator;
      this.out = out;
    }

    /** Writes one element. */
    void add(JsonNode node) {
      try {
        MAPPER.writeTree(generator, node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Closes the array and ends the line. */
    void end() {
      try {
        generator.writeEndArray();
        generator.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }
}
