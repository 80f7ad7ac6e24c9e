package io.github.posthogguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.testing.CaseFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case file of {@code test-cases/}, through the analyzer with the whole pack. */
class CaseFilesTest {

  static List<CaseFile> cases() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedIssues(CaseFile caseFile) {
    FileAnalysis analysis = analyze(caseFile);

    assertThat(analysis.problem()).isEmpty();
    assertThat(analysis.findingsOf(caseFile.ruleId()).stream().map(Finding::line).sorted())
        .containsExactlyElementsOf(caseFile.expectedLines());
    assertThat(caseFile.mismatches(reported(analysis.findingsOf(caseFile.ruleId())))).isEmpty();
  }

  /** What lets every surface fail on a wrong message or a lost secondary location. */
  @Test
  void everyRuleHasACaseThatStatesMessagesAndSecondaryLocations() {
    for (Rule rule : Rules.all()) {
      assertThat(CaseFile.of(rule.id()))
          .as(rule.id())
          .flatExtracting(CaseFile::expectedIssues)
          .anySatisfy(
              expected -> {
                assertThat(expected.message()).isPresent();
                assertThat(expected.secondaryLines()).isPresent();
              });
    }
  }

  /** The analyzer's findings as a marker states them. */
  static List<CaseFile.Reported> reported(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                new CaseFile.Reported(
                    f.line(),
                    f.message(),
                    f.secondaryLocations().stream().map(s -> s.range().beginLine()).toList()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void messagesNeverHoldAKey(CaseFile caseFile) {
    List<String> keys = PostHogKeys.find(caseFile.text()).stream().map(KeyMatch::key).toList();

    for (Finding finding : analyze(caseFile).findings()) {
      assertThat(keys).noneMatch(finding.message()::contains);
      assertThat(finding.message()).doesNotContainPattern("ph[xsar]_[A-Za-z0-9]{8}");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rangesAgreeWithOffsets(CaseFile caseFile) {
    for (Finding finding : analyze(caseFile).findings()) {
      var range = finding.range();
      String[] lines = caseFile.text().split("\n", -1);
      int beginOffset = 0;
      for (int i = 0; i < range.beginLine() - 1; i++) {
        beginOffset += lines[i].length() + 1;
      }
      assertThat(range.beginOffset()).isEqualTo(beginOffset + range.beginColumn() - 1);
      assertThat(range.endOffset()).isGreaterThan(range.beginOffset());
    }
  }

  private static FileAnalysis analyze(CaseFile caseFile) {
    return Rules.analyzer().analyze(new SourceFile(caseFile.name(), caseFile.text()));
  }
}
