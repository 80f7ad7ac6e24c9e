package io.github.posthogguard.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rules of the pack as {@code rules-docs/} documents them: rule key to title, read from each
 * document's front matter. Every documented rule must reach the IDE.
 */
final class DocumentedRules {
  private DocumentedRules() {}

  static Map<String, String> titlesByKey(Path rulesDocsDir, String repositoryKey) {
    Map<String, String> titles = new TreeMap<>();
    try (Stream<Path> docs = Files.list(rulesDocsDir)) {
      for (Path doc : docs.filter(file -> file.toString().endsWith(".md")).toList()) {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        titles.put(repositoryKey + ":" + field(lines, "key", doc), field(lines, "title", doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (titles.isEmpty()) {
      throw new IllegalStateException("no rule document in " + rulesDocsDir);
    }
    return titles;
  }

  private static String field(List<String> lines, String name, Path doc) {
    if (lines.isEmpty() || !lines.get(0).equals("---")) {
      throw new IllegalStateException(doc + " has no front matter");
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.equals("---")) {
        break;
      }
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).trim();
      }
    }
    throw new IllegalStateException(doc + " has no '" + name + "' in its front matter");
  }
}
