package io.github.posthogguard.sonar.testing;

/** An issue sonar-java raised with one of our checks: the line it starts on and its rule key. */
public record SonarIssue(int line, String ruleKey) implements Comparable<SonarIssue> {

  @Override
  public int compareTo(SonarIssue other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : ruleKey.compareTo(other.ruleKey);
  }
}
