package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.sonar.PostHogGuardRulesDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.java.checks.verifier.CheckVerifier;

/**
 * The team's secret sources and sanitizers are PostHogKeyClientExposure's rule parameters, and they
 * change what it reports: a team source's value kept off the page, a team sanitizer's result let
 * through. Secret words and logger types mean nothing to this rule.
 */
class PostHogKeyClientExposureParametersTest {
  @Test
  void secretSourcesAndSanitizersAreParametersOfTheRule() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    new PostHogGuardRulesDefinition().define(context);

    RulesDefinition.Rule rule =
        context.repository("posthog-guard").rule("PostHogKeyClientExposure");
    assertThat(rule.params())
        .extracting(RulesDefinition.Param::key)
        .containsExactlyInAnyOrder(GuardOptions.SECRET_SOURCES, GuardOptions.SANITIZERS);
    assertThat(rule.param(GuardOptions.SECRET_SOURCES).description())
        .isEqualTo(GuardOptions.SECRET_SOURCES_DESCRIPTION);
    assertThat(rule.param(GuardOptions.SANITIZERS).description())
        .isEqualTo(GuardOptions.SANITIZERS_DESCRIPTION);
  }

  @Test
  void withoutParametersOnlyThePersonalKeysAreReported() {
    CheckVerifier.newVerifier()
        .onFile("src/test/files/ClientExposureDefaultOptions.java")
        .withClassPath(List.of())
        .withCheck(new PostHogKeyClientExposureCheck())
        .verifyIssues();
  }

  @Test
  void parametersAddSourcesAndSanitizers() {
    PostHogKeyClientExposureCheck check = new PostHogKeyClientExposureCheck();
    check.secretSources = "fetchVaultValue";
    check.sanitizers = "keyHint";

    CheckVerifier.newVerifier()
        .onFile("src/test/files/ClientExposureTeamOptions.java")
        .withClassPath(List.of())
        .withCheck(check)
        .verifyIssues();
  }
}
