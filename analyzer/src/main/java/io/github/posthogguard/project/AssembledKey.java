package io.github.posthogguard.project;

import io.github.posthogguard.eval.Location;
import io.github.posthogguard.keys.KeyMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A secret key that files of the project assemble by appending a constant (its body) to a prefix,
 * and where they do: the body's file reports it on the literal, with those places.
 */
public record AssembledKey(KeyMatch key, List<Location> joins) {
  public AssembledKey {
    joins = List.copyOf(joins);
  }

  /** The same key, with the places {@code other} names too (the first key found stays). */
  AssembledKey joinedAlsoAt(AssembledKey other) {
    List<Location> all = new ArrayList<>(joins);
    all.addAll(other.joins());
    return new AssembledKey(key, all);
  }
}
