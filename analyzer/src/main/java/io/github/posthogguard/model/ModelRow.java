package io.github.posthogguard.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a model file: one API and what it does, as {@code attribute: value} pairs. Rows are
 * compared by identity; {@link #source()} names the file and line it was read from.
 *
 * @param section the list the row belongs to ({@code logSinks}, {@code sources}, ...)
 * @param attributes the row's attributes; a list value is joined with {@code |}
 * @param source {@code file:line}, for messages and the coverage meta-test
 * @param lists each attribute as a list, split once: rules ask for them on every call they match
 */
public record ModelRow(
    String section,
    Map<String, String> attributes,
    String source,
    Map<String, List<String>> lists) {

  public ModelRow {
    attributes = Map.copyOf(attributes);
    lists = Map.copyOf(lists);
  }

  public ModelRow(String section, Map<String, String> attributes, String source) {
    this(section, attributes, source, split(attributes));
  }

  private static Map<String, List<String>> split(Map<String, String> attributes) {
    Map<String, List<String>> lists = new HashMap<>();
    attributes.forEach(
        (attribute, value) ->
            lists.put(attribute, value.isBlank() ? List.of() : List.of(value.split("\\|"))));
    return lists;
  }

  public Optional<String> get(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  public String require(String attribute) {
    String value = attributes.get(attribute);
    if (value == null) {
      throw new ModelException(source + ": a row of " + section + " needs '" + attribute + "'");
    }
    return value;
  }

  /** A {@code |}-separated attribute as a list; empty if absent. */
  public List<String> list(String attribute) {
    return lists.getOrDefault(attribute, List.of());
  }

  public boolean flag(String attribute) {
    return Boolean.parseBoolean(attributes.getOrDefault(attribute, "false"));
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return source + " " + section + " " + attributes;
  }
}
