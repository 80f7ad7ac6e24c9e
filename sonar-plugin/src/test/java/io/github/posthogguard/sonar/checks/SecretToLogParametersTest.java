package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.sonar.PostHogGuardRulesDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.java.checks.verifier.CheckVerifier;

/** The team's options are SecretToLog's rule parameters, and they change what it reports. */
class SecretToLogParametersTest {
  private static final String FILE = "src/test/files/TeamOptions.java";

  @Test
  void everyOptionIsAParameterOfTheRule() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    new PostHogGuardRulesDefinition().define(context);

    RulesDefinition.Rule rule = context.repository("posthog-guard").rule("SecretToLog");
    for (GuardOptions.Definition option : GuardOptions.DEFINITIONS) {
      assertThat(rule.param(option.key()))
          .as(option.key())
          .isNotNull()
          .satisfies(p -> assertThat(p.description()).isEqualTo(option.description()));
    }
  }

  @Test
  void parametersAddLoggersSecretWordsSourcesAndSanitizers() {
    SecretToLogCheck check = new SecretToLogCheck();
    check.loggerTypes = "com.acme.AuditLog";
    check.secretWords = "pin";
    check.secretSources = "fetchVaultValue";
    check.sanitizers = "shownPin";

    CheckVerifier.newVerifier()
        .onFile(FILE)
        .withClassPath(List.of())
        .withCheck(check)
        .verifyIssues();
  }

  @Test
  void withoutParametersNothingIsReported() {
    CheckVerifier.newVerifier()
        .onFile(FILE)
        .withClassPath(List.of())
        .withCheck(new SecretToLogCheck())
        .verifyNoIssues();
  }
}
