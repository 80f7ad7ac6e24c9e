package io.github.posthogguard.ide;

/** An issue as the engine raised it to the IDE. */
record RaisedIssue(IssueLocation location, String message) {

  boolean isFromRepository(String repositoryKey) {
    return location.ruleKey().startsWith(repositoryKey + ":");
  }

  @Override
  public String toString() {
    return location + " \"" + message + "\"";
  }
}
