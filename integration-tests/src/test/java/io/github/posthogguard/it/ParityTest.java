package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.sonar.testing.SonarIssues;
import io.github.posthogguard.testing.CaseFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same file gives the same findings on the same lines everywhere: the analyzer (which the CLI
 * prints), the Error Prone checks in real javac, and the Sonar checks in sonar-java's own scanner.
 */
class ParityTest {
  /** A finding as every surface can state it. */
  record LineAndRule(long line, String rule) implements Comparable<LineAndRule> {
    @Override
    public int compareTo(LineAndRule other) {
      int byLine = Long.compare(line, other.line);
      return byLine != 0 ? byLine : rule.compareTo(other.rule);
    }
  }

  static List<CaseFile> cases() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everySurfaceReportsTheSameLinesAndRules(CaseFile caseFile) {
    List<LineAndRule> analyzer =
        Rules.analyzer()
            .analyze(new SourceFile(caseFile.name(), caseFile.text()))
            .findings()
            .stream()
            .map(ParityTest::of)
            .sorted()
            .toList();
    List<String> allRules = Rules.all().stream().map(Rule::id).toList();
    List<LineAndRule> errorProne =
        ErrorProneCompilation.compile(List.of(caseFile.path()), allRules).diagnostics().stream()
            .map(d -> new LineAndRule(d.line(), d.check()))
            .sorted()
            .toList();
    List<LineAndRule> sonar =
        SonarIssues.of(caseFile.path()).stream()
            .map(i -> new LineAndRule(i.line(), i.ruleKey()))
            .sorted()
            .toList();

    assertThat(errorProne).as("Error Prone vs analyzer").isEqualTo(analyzer);
    assertThat(sonar).as("Sonar vs analyzer").isEqualTo(analyzer);
    assertThat(
            analyzer.stream()
                .filter(f -> f.rule().equals(caseFile.ruleId()))
                .map(LineAndRule::line))
        .as("analyzer vs the file's markers")
        .containsExactlyElementsOf(caseFile.expectedLines().stream().map(Long::valueOf).toList());
  }

  private static LineAndRule of(Finding finding) {
    return new LineAndRule(finding.line(), finding.ruleId());
  }
}
