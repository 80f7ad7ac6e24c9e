package io.github.posthogguard.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

/** The checks every analysis must pass, whichever mode the engine ran in. */
final class IssueAssertions {
  /** The rules whose messages name the key they found, masked; the others name no key. */
  private static final Set<String> RULES_THAT_NAME_THE_KEY =
      Set.of(TestInputs.REPOSITORY_KEY + ":HardcodedPostHogKey");

  private IssueAssertions() {}

  /**
   * The pack's issues are exactly the expected ones, line by line, and no message shows a key: the
   * messages that name one show it masked.
   */
  static void assertOurIssues(List<RaisedIssue> raised, List<IssueLocation> expected) {
    List<RaisedIssue> ours =
        raised.stream().filter(issue -> issue.isFromRepository(TestInputs.REPOSITORY_KEY)).toList();
    assertThat(ours.stream().map(RaisedIssue::location).toList())
        .as(
            "issues of repository %s raised by the engine: %s (of %d raised in all)",
            TestInputs.REPOSITORY_KEY, ours, raised.size())
        .containsExactlyElementsOf(expected);
    assertThat(KeyMasks.showingAKey(ours.stream().map(RaisedIssue::message).toList()))
        .as("messages that show a key")
        .isEmpty();
    assertThat(
            KeyMasks.badlyMasked(
                ours.stream()
                    .filter(issue -> RULES_THAT_NAME_THE_KEY.contains(issue.location().ruleKey()))
                    .map(RaisedIssue::message)
                    .toList()))
        .as("messages of %s that show no masked key", RULES_THAT_NAME_THE_KEY)
        .isEmpty();
    System.out.printf(
        "[ide test] %d issue(s) of %s where expected, e.g. %s%n",
        ours.size(), TestInputs.REPOSITORY_KEY, ours.get(0));
  }
}
