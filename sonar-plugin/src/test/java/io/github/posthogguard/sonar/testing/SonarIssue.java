package io.github.posthogguard.sonar.testing;

import java.util.List;

/**
 * An issue sonar-java raised with one of our checks: the line it starts on, its rule key, its
 * message and the lines of its secondary locations.
 */
public record SonarIssue(int line, String ruleKey, String message, List<Integer> secondaryLines)
    implements Comparable<SonarIssue> {

  public SonarIssue {
    secondaryLines = List.copyOf(secondaryLines);
  }

  @Override
  public int compareTo(SonarIssue other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : ruleKey.compareTo(other.ruleKey);
  }
}
