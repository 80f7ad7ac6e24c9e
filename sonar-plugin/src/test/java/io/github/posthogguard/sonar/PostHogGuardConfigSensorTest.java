package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.sonar.testing.SensorIssues;
import io.github.posthogguard.sonar.testing.SensorIssues.Raised;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.api.batch.sensor.internal.DefaultSensorDescriptor;

/** The config-file sensor on {@code test-cases/config/}: the marked lines, and what it skips. */
class PostHogGuardConfigSensorTest {
  private static final String[] ALL = ConfigAnalyzer.RULE_IDS.toArray(String[]::new);

  static List<ConfigCaseFile> cases() {
    return ConfigCaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void raisesExactlyTheMarkedLinesAndRules(ConfigCaseFile caseFile) {
    List<Raised> issues = SensorIssues.of(CaseFile.root(), List.of(caseFile.path()), ALL);

    assertThat(
            ConfigCaseFile.sortedFindings(
                issues.stream().map(i -> i.line() + " " + i.ruleKey()).toList()))
        .containsExactlyElementsOf(caseFile.expected());
    assertThat(issues)
        .allSatisfy(i -> assertThat(i.message()).doesNotContainPattern("ph[xsar]_[A-Za-z0-9]{8}"));
  }

  @Test
  void onlyActiveRulesRaiseIssues() {
    Path env = ConfigCaseFile.root().resolve("dotenv/.env.production");

    List<Raised> issues = SensorIssues.of(CaseFile.root(), List.of(env), "PostHogKeyMisuse");

    assertThat(issues).isNotEmpty().allMatch(i -> i.ruleKey().equals("PostHogKeyMisuse"));
    assertThat(SensorIssues.of(CaseFile.root(), List.of(env))).isEmpty();
  }

  @Test
  void javaBinaryAndOversizedFilesAreLeftAlone(@TempDir Path dir) throws Exception {
    String key = "phx_kNtaU4i5GpIpatEJc2vPjjeJeRvtQRxFAoCRIsBhyIRPK2i";
    Path java =
        Files.writeString(dir.resolve("Keys.java"), "class Keys { String k = \"" + key + "\"; }\n");
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, ("\0\1\2" + key).getBytes(StandardCharsets.ISO_8859_1));
    Path big = dir.resolve("huge.log");
    Files.writeString(big, "x".repeat(11 * 1024 * 1024) + "\n" + key + "\n");
    Path text = Files.writeString(dir.resolve("notes.txt"), key + "\n");

    List<Raised> issues = SensorIssues.of(dir, List.of(java, binary, big, text), ALL);

    assertThat(issues).extracting(Raised::path).containsExactly("notes.txt");
  }

  @Test
  void describesItselfForOurRepository() {
    DefaultSensorDescriptor descriptor = new DefaultSensorDescriptor();
    new PostHogGuardConfigSensor().describe(descriptor);

    assertThat(descriptor.name()).isEqualTo("PostHog Guard config files");
    assertThat(descriptor.ruleRepositories()).containsExactly("posthog-guard");
  }
}
