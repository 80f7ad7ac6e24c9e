package io.github.posthogguard.project;

import io.github.posthogguard.analyzer.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /**
   * What counts creations of {@code types} in one file: one {@link PassedArgument#CREATION} entry
   * per place outside the tests that creates one. Files are independent: a caller may count them in
   * parallel and join the lists in the files' order.
   */
  static Function<ProjectAnalysis.Source, List<PassedArgument>> counter(Collection<String> types) {
    Map<String, List<String>> bySimpleName = new HashMap<>();
    for (String type : types) {
      bySimpleName
          .computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), n -> new ArrayList<>())
          .add(type);
    }
    NameSearch search = new NameSearch(bySimpleName.keySet());
    return source -> in(source, bySimpleName, search);
  }

  private static List<PassedArgument> in(
      ProjectAnalysis.Source source, Map<String, List<String>> bySimpleName, NameSearch search) {
    if (bySimpleName.isEmpty() || SourceFile.isOfTests(source.path())) {
      return List.of();
    }
    String text;
    try {
      text = source.text();
    } catch (IOException e) {
      return List.of(); // reported by the first pass
    }
    if (!search.anyIn(text)) {
      return List.of();
    }
    List<PassedArgument> creations = new ArrayList<>();
    Matcher creation = CREATION.matcher(text);
    while (creation.find()) {
      String written = creation.group(1);
      String simple = written.substring(written.lastIndexOf('.') + 1);
      for (String type : bySimpleName.getOrDefault(simple, List.of())) {
        creations.add(PassedArgument.creation(type));
      }
    }
    return creations;
  }
}
