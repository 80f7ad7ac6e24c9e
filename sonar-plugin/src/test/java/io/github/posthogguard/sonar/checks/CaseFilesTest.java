package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.sonar.testing.RegisteredChecks;
import io.github.posthogguard.testing.CaseFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.java.checks.verifier.internal.InternalCheckVerifier;
import org.sonar.java.reporting.AnalyzerMessage;

/** Every shared test case, through the registered check of its rule and sonar-java's verifier. */
class CaseFilesTest {

  static List<CaseFile> caseFiles() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void raisesExactlyTheMarkedIssues(CaseFile caseFile) {
    CheckVerifier verifier =
        CheckVerifier.newVerifier()
            .onFile(caseFile.path().toString())
            .withCheck(RegisteredChecks.of(caseFile.ruleId()))
            .withJavaVersion(17)
            .withClassPath(List.of());
    if (caseFile.expectedLines().isEmpty()) {
      verifier.verifyNoIssues();
    } else {
      verifier.verifyIssues();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  void reportsEachIssueAtTheAnalyzersExactRange(CaseFile caseFile) {
    List<String> reported = new ArrayList<>();
    InternalCheckVerifier verifier =
        InternalCheckVerifier.newInstance()
            .onFile(caseFile.path().toString())
            .withCheck(RegisteredChecks.of(caseFile.ruleId()))
            .withJavaVersion(17)
            .withClassPath(List.of())
            .withCustomIssueVerifier(
                issues -> issues.forEach(issue -> reported.add(span(issue.primaryLocation()))));
    if (caseFile.expectedLines().isEmpty()) {
      verifier.verifyNoIssues();
    } else {
      verifier.verifyIssues();
    }

    SourceFile source = new SourceFile(caseFile.path().toString(), caseFile.text());
    List<String> found =
        Rules.analyzer().analyze(source).findingsOf(caseFile.ruleId()).stream()
            .map(finding -> span(finding.range()))
            .toList();
    assertThat(reported).containsExactlyInAnyOrderElementsOf(found);
  }

  /** Sonar's span: 1-based lines, 0-based columns, the end exclusive. */
  private static String span(AnalyzerMessage.TextSpan span) {
    return span.startLine
        + ":"
        + span.startCharacter
        + "-"
        + span.endLine
        + ":"
        + span.endCharacter;
  }

  private static String span(TextRange range) {
    return range.beginLine()
        + ":"
        + (range.beginColumn() - 1)
        + "-"
        + range.endLine()
        + ":"
        + range.endColumn();
  }
}
