package io.github.posthogguard.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issues a folder's own markers call for: {@code // expect: RuleKey} at the end of a line in
 * {@code examples/}, and sonar-java's {@code // Noncompliant} (optionally {@code @+N} or
 * {@code @-N}) in {@code test-cases/<RuleKey>/}.
 */
final class ExpectedIssues {
  private static final Pattern EXPECT = Pattern.compile("//.*\\bexpect: (\\w+)\\s*$");
  private static final Pattern NONCOMPLIANT = Pattern.compile("//\\s*Noncompliant(?:@([+-]\\d+))?");

  private ExpectedIssues() {}

  static List<IssueLocation> fromExpectMarkers(SourceTree tree, String repositoryKey) {
    List<IssueLocation> expected = new ArrayList<>();
    for (Path file : tree.files()) {
      List<String> lines = read(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = EXPECT.matcher(lines.get(i));
        if (marker.find()) {
          expected.add(
              new IssueLocation(
                  tree.relativePath(file.toUri()), i + 1, repositoryKey + ":" + marker.group(1)));
        }
      }
    }
    return sorted(expected);
  }

  static List<IssueLocation> fromNoncompliantMarkers(SourceTree tree, String ruleKey) {
    List<IssueLocation> expected = new ArrayList<>();
    for (Path file : tree.files()) {
      List<String> lines = read(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = NONCOMPLIANT.matcher(lines.get(i));
        if (marker.find()) {
          int offset = marker.group(1) == null ? 0 : Integer.parseInt(marker.group(1));
          expected.add(new IssueLocation(tree.relativePath(file.toUri()), i + 1 + offset, ruleKey));
        }
      }
    }
    return sorted(expected);
  }

  private static List<IssueLocation> sorted(List<IssueLocation> locations) {
    if (locations.isEmpty()) {
      throw new IllegalStateException("no issue marker found: the test would prove nothing");
    }
    return locations.stream().sorted().toList();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
