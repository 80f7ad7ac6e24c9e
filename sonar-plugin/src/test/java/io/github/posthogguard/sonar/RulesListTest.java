package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import io.github.posthogguard.testing.CaseFile;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.java.api.JavaCheck;

/** The plugin, the analyzer, the docs and the test cases agree on one set of rules. */
class RulesListTest {

  @Test
  void everyAnalyzerRuleHasARegisteredCheck() {
    assertThat(RulesList.ruleKeys())
        .containsExactlyElementsOf(Rules.all().stream().map(Rule::id).toList());
  }

  @Test
  void everyCheckIsAFinalPostHogGuardCheckNamedAfterItsRule() {
    for (Class<? extends JavaCheck> check : RulesList.checks()) {
      assertThat(PostHogGuardCheck.class).isAssignableFrom(check);
      assertThat(Modifier.isFinal(check.getModifiers())).as(check.getName()).isTrue();
      assertThat(check.getSimpleName()).isEqualTo(PostHogGuardCheck.ruleKeyOf(check) + "Check");
    }
  }

  @Test
  void everyRegisteredCheckHasADoc() {
    for (String ruleKey : RulesList.ruleKeys()) {
      assertThatCode(() -> RuleDocs.load(ruleKey)).as(ruleKey).doesNotThrowAnyException();
    }
  }

  @Test
  void everyTestCaseBelongsToARegisteredCheck() {
    assertThat(CaseFile.all())
        .isNotEmpty()
        .extracting(CaseFile::ruleId)
        .allSatisfy(ruleId -> assertThat(RulesList.ruleKeys()).contains(ruleId));
  }

  @Test
  void aCheckWithoutRuleKeyIsRejected() {
    assertThatCode(() -> PostHogGuardCheck.ruleKeyOf(String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@Rule");
  }
}
