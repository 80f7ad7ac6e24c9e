package io.github.posthogguard.ide;

import java.util.Comparator;

/** Where an issue of a rule is, or must be: a file relative to its folder, and a line. */
record IssueLocation(String path, int line, String ruleKey) implements Comparable<IssueLocation> {
  private static final Comparator<IssueLocation> ORDER =
      Comparator.comparing(IssueLocation::path)
          .thenComparingInt(IssueLocation::line)
          .thenComparing(IssueLocation::ruleKey);

  @Override
  public int compareTo(IssueLocation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return path + ":" + line + " " + ruleKey;
  }
}
