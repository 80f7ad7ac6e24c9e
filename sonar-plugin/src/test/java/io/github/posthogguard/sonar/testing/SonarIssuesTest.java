package io.github.posthogguard.sonar.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.testing.CaseFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SonarIssuesTest {

  static List<CaseFile> caseFiles() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void returnsTheIssuesTheMarkersExpect(CaseFile caseFile) {
    // A case file speaks for its own rule; another rule may also fire on it (a key in a log line).
    List<SonarIssue> issues =
        SonarIssues.of(caseFile.path()).stream()
            .filter(i -> i.ruleKey().equals(caseFile.ruleId()))
            .toList();

    assertThat(issues)
        .extracting(SonarIssue::line)
        .containsExactlyElementsOf(caseFile.expectedLines());
    assertThat(
            caseFile.mismatches(
                issues.stream()
                    .map(i -> new CaseFile.Reported(i.line(), i.message(), i.secondaryLines()))
                    .toList()))
        .isEmpty();
  }
}
