package io.github.posthogguard.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The checks every analysis must pass, whichever mode the engine ran in. */
final class IssueAssertions {
  private IssueAssertions() {}

  /**
   * The pack's issues are exactly the expected ones, line by line, and every message shows keys
   * masked only.
   */
  static void assertOurIssues(List<RaisedIssue> raised, List<IssueLocation> expected) {
    List<RaisedIssue> ours =
        raised.stream().filter(issue -> issue.isFromRepository(TestInputs.REPOSITORY_KEY)).toList();
    assertThat(ours.stream().map(RaisedIssue::location).toList())
        .as(
            "issues of repository %s raised by the engine: %s (of %d raised in all)",
            TestInputs.REPOSITORY_KEY, ours, raised.size())
        .containsExactlyElementsOf(expected);
    assertThat(KeyMasks.badlyMasked(ours.stream().map(RaisedIssue::message).toList()))
        .as("messages that show a key, or no masked key")
        .isEmpty();
    System.out.printf(
        "[ide test] %d issue(s) of %s where expected, e.g. %s%n",
        ours.size(), TestInputs.REPOSITORY_KEY, ours.get(0));
  }
}
