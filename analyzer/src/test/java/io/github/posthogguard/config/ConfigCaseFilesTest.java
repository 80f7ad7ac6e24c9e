package io.github.posthogguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case file of {@code test-cases/config/}, through the config analyzer. */
class ConfigCaseFilesTest {

  static List<ConfigCaseFile> cases() {
    return ConfigCaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedLinesAndRules(ConfigCaseFile caseFile) {
    FileAnalysis analysis = analyze(caseFile);

    assertThat(analysis.problem()).isEmpty();
    assertThat(
            ConfigCaseFile.sortedFindings(
                analysis.findings().stream().map(f -> f.line() + " " + f.ruleId()).toList()))
        .containsExactlyElementsOf(caseFile.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void messagesNeverHoldAKey(ConfigCaseFile caseFile) {
    List<String> keys = PostHogKeys.find(caseFile.text()).stream().map(KeyMatch::key).toList();

    for (Finding finding : analyze(caseFile).findings()) {
      assertThat(keys).noneMatch(finding.message()::contains);
      assertThat(finding.message()).doesNotContainPattern("ph[xsar]_[A-Za-z0-9]{8}");
      assertThat(finding.message()).doesNotContain("personal API key phs_");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rangesAgreeWithOffsets(ConfigCaseFile caseFile) {
    String text = caseFile.text();
    for (Finding finding : analyze(caseFile).findings()) {
      var range = finding.range();
      String[] lines = text.split("\n", -1);
      int beginOffset = 0;
      for (int i = 0; i < range.beginLine() - 1; i++) {
        beginOffset += lines[i].length() + 1;
      }
      assertThat(range.beginOffset()).isEqualTo(beginOffset + range.beginColumn() - 1);
      assertThat(range.endOffset()).isGreaterThan(range.beginOffset());
    }
  }

  static FileAnalysis analyze(ConfigCaseFile caseFile) {
    return new ConfigAnalyzer().analyze(new SourceFile(caseFile.name(), caseFile.text()));
  }
}
