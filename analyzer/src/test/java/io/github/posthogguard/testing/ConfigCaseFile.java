package io.github.posthogguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A config-file case of {@code test-cases/config/}: a file that is not Java, whose expected
 * findings are marked {@code Noncompliant: RuleId[, RuleId…]} on their line (in whatever comment
 * the format has), or {@code Noncompliant@+N: …} / {@code @-N} for a line N away. Every surface
 * runs the same files; see {@code test-cases/config/README.md}.
 */
public record ConfigCaseFile(Path path, String text) {
  private static final Pattern MARKER =
      Pattern.compile("Noncompliant(?:@([+-]\\d+))?:\\s*(\\w+(?:\\s*,\\s*\\w+)*)");

  /** The {@code test-cases/config} folder. */
  public static Path root() {
    return CaseFile.root().resolve("config");
  }

  /** Every case file (the folder's README aside), sorted by path. */
  public static List<ConfigCaseFile> all() {
    try (Stream<Path> files = Files.walk(root())) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.equals(root().resolve("README.md")))
          .sorted()
          .map(ConfigCaseFile::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The config file at {@code path}, such as one of a multi-file case. */
  public static ConfigCaseFile read(Path path) {
    try {
      return new ConfigCaseFile(path, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's name relative to {@code test-cases}, such as {@code config/yaml/application.yml}.
   */
  public String name() {
    return CaseFile.root().relativize(path).toString().replace('\\', '/');
  }

  /** The expected findings as {@code "line RuleId"}, sorted by line, then rule. */
  public List<String> expected() {
    List<String> expected = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        int line = i + 1 + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
        for (String rule : m.group(2).split("\\s*,\\s*")) {
          expected.add(line + " " + rule);
        }
      }
    }
    return sortedFindings(expected);
  }

  /** {@code "line RuleId"} strings sorted by line number, then rule. */
  public static List<String> sortedFindings(List<String> findings) {
    return findings.stream()
        .sorted(
            java.util.Comparator.comparingInt((String f) -> Integer.parseInt(f.split(" ")[0]))
                .thenComparing(f -> f.split(" ")[1]))
        .toList();
  }

  @Override
  public String toString() {
    return name();
  }
}
