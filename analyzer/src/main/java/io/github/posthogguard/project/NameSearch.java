package io.github.posthogguard.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a text contains any of some names (as {@link String#contains} would tell of each), found
 * in one pass over the text: a search per name reads every text once per name, and the project's
 * files are searched for dozens of names.
 */
final class NameSearch {
  private static final int ASCII = 128;

  private final String[][] byAsciiFirst = new String[ASCII][];
  private final Map<Character, String[]> byOtherFirst = new HashMap<>();
  private final boolean none;
  private final boolean all; // an empty name is in every text

  NameSearch(Collection<String> names) {
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String name : names) {
      if (!name.isEmpty()) {
        byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
      }
    }
    byFirst.forEach(
        (first, some) -> {
          String[] candidates = some.stream().distinct().toArray(String[]::new);
          if (first < ASCII) {
            byAsciiFirst[first] = candidates;
          } else {
            byOtherFirst.put(first, candidates);
          }
        });
    this.all = names.contains("");
    this.none = names.isEmpty();
  }

  /** Whether {@code text} contains one of the names. */
  boolean anyIn(String text) {
    if (all || none) {
      return all;
    }
    boolean others = !byOtherFirst.isEmpty();
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      String[] candidates = c < ASCII ? byAsciiFirst[c] : others ? byOtherFirst.get(c) : null;
      if (candidates != null) {
        for (String name : candidates) {
          if (text.startsWith(name, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
