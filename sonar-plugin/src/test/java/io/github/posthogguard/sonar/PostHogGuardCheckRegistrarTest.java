package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonar.api.rule.RuleKey;
import org.sonar.java.checks.verifier.TestCheckRegistrarContext;

class PostHogGuardCheckRegistrarTest {

  @Test
  void registersEveryCheckForMainAndTestSources() {
    TestCheckRegistrarContext context = new TestCheckRegistrarContext();
    new PostHogGuardCheckRegistrar().register(context);

    assertThat(context.mainCheckClasses).containsExactlyElementsOf(RulesList.checks());
    assertThat(context.testCheckClasses).containsExactlyElementsOf(RulesList.checks());
    assertThat(context.mainRuleKeys)
        .extracting(RuleKey::toString)
        .containsExactlyElementsOf(
            RulesList.ruleKeys().stream().map(key -> "posthog-guard:" + key).toList());
    assertThat(context.testRuleKeys).isEqualTo(context.mainRuleKeys);
  }
}
