package io.github.posthogguard.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, in the text of every file of the project but its tests, the places that create an object
 * of some types ({@code new Upstream(..)}): a file the analysis never parsed creates objects too.
 * By simple name, so two types of one name count together (fewer objects taken for the only one).
 */
final class Creations {
  private static final Pattern CREATION = Pattern.compile("\\bnew\\s+([\\w.]+)\\s*[(<]");

  private Creations() {}

  /** One {@link PassedArgument#CREATION} entry per place outside the tests that creates a type. */
  static List<PassedArgument> count(
      Collection<String> types, Collection<ProjectAnalysis.Source> sources) {
    if (types.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> bySimpleName = new HashMap<>();
    for (String type : types) {
      bySimpleName
          .computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), n -> new ArrayList<>())
          .add(type);
    }
    List<PassedArgument> creations = new ArrayList<>();
    for (ProjectAnalysis.Source source : sources) {
      if (isTestSource(source.path())) {
        continue;
      }
      String text;
      try {
        text = source.text();
      } catch (IOException e) {
        continue; // reported by the first pass
      }
      if (bySimpleName.keySet().stream().noneMatch(text::contains)) {
        continue;
      }
      Matcher creation = CREATION.matcher(text);
      while (creation.find()) {
        String written = creation.group(1);
        String simple = written.substring(written.lastIndexOf('.') + 1);
        for (String type : bySimpleName.getOrDefault(simple, List.of())) {
          creations.add(PassedArgument.creation(type));
        }
      }
    }
    return creations;
  }

  /** Whether a file is a test's: its objects are no application's. */
  private static boolean isTestSource(String path) {
    String normalized = "/" + path.replace('\\', '/');
    return normalized.contains("/src/test/");
  }
}
