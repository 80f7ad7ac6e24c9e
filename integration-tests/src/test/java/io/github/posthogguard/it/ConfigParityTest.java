package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.sonar.testing.SensorIssues;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The config-file cases give the same findings, on the same lines and columns, in the analyzer
 * (which the CLI prints) and in the SonarQube sensor; Error Prone and SonarQube for IDE read Java
 * only.
 */
class ConfigParityTest {
  static List<ConfigCaseFile> cases() {
    return ConfigCaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSensorReportsWhatTheAnalyzerFinds(ConfigCaseFile caseFile) {
    List<String> analyzer =
        new ConfigAnalyzer()
            .analyze(new SourceFile(caseFile.name(), caseFile.text())).findings().stream()
                .map(
                    f ->
                        f.line()
                            + ":"
                            + (f.range().beginColumn() - 1)
                            + " "
                            + f.ruleId()
                            + " "
                            + f.message())
                .sorted()
                .toList();
    List<String> sensor =
        SensorIssues.of(
                CaseFile.root(),
                List.of(caseFile.path()),
                ConfigAnalyzer.RULE_IDS.toArray(String[]::new))
            .stream()
            .map(i -> i.line() + ":" + i.startColumn() + " " + i.ruleKey() + " " + i.message())
            .sorted()
            .toList();

    assertThat(sensor).isEqualTo(analyzer);
  }
}
