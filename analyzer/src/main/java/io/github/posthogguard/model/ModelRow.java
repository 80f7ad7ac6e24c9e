package io.github.posthogguard.model;

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
 */
public record ModelRow(String section, Map<String, String> attributes, String source) {

  public ModelRow {
    attributes = Map.copyOf(attributes);
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
    String value = attributes.get(attribute);
    return value == null || value.isBlank() ? List.of() : List.of(value.split("\\|"));
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
