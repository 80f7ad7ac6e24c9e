package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.testing.CaseFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case file, compiled by javac with Error Prone loaded through -Xplugin. */
class CaseFilesTest {

  static List<CaseFile> cases() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedIssues(CaseFile caseFile) {
    var result =
        ErrorProneCompilation.compile(List.of(caseFile.path()), List.of(caseFile.ruleId()));

    assertThat(result.linesOf(caseFile.ruleId()))
        .as(result.output())
        .containsExactlyElementsOf(caseFile.expectedLines().stream().map(Long::valueOf).toList());
    assertThat(
            caseFile.mismatches(
                result.diagnostics().stream()
                    .filter(d -> d.check().equals(caseFile.ruleId()))
                    .map(d -> new CaseFile.Reported((int) d.line(), d.text(), d.secondaryLines()))
                    .toList()))
        .isEmpty();
    assertThat(result.success()).isEqualTo(caseFile.expectedLines().isEmpty());
    List<String> keys = PostHogKeys.find(caseFile.text()).stream().map(KeyMatch::key).toList();
    assertThat(result.diagnostics())
        .allSatisfy(d -> assertThat(keys).noneMatch(d.message()::contains));
  }
}
