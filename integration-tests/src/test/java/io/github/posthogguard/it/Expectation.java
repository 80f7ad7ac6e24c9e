package io.github.posthogguard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A finding that {@code examples/} expects: a line ending in {@code // expect: RuleId}. The path is
 * relative to {@code examples/}, with forward slashes.
 */
record Expectation(String path, int line, String ruleId) {
  private static final Pattern MARKER = Pattern.compile("//.*\\bexpect: (\\w+)\\s*$");

  static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("examples/pom.xml"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
  }

  static List<Expectation> inExamples(String sourceSet) {
    Path root = examples();
    List<Expectation> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("src").resolve(sourceSet))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = MARKER.matcher(lines.get(i));
          if (m.find()) {
            expected.add(new Expectation(relative(root, file), i + 1, m.group(1)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }
}
