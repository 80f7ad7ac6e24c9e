package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sonar.api.issue.impact.Severity;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rule.RuleScope;
import org.sonar.api.rules.CleanCodeAttribute;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RulesDefinition;

class PostHogGuardRulesDefinitionTest {
  private RulesDefinition.Repository repository;

  @BeforeEach
  void define() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    new PostHogGuardRulesDefinition().define(context);
    repository = context.repository("posthog-guard");
  }

  @Test
  void repositoryIsPostHogGuardForJava() {
    assertThat(repository).isNotNull();
    assertThat(repository.key()).isEqualTo("posthog-guard");
    assertThat(repository.language()).isEqualTo("java");
    assertThat(repository.name()).isEqualTo("PostHog Guard");
    assertThat(repository.isExternal()).isFalse();
  }

  @Test
  void holdsExactlyTheRegisteredRules() {
    assertThat(repository.rules())
        .extracting(RulesDefinition.Rule::key)
        .containsExactlyInAnyOrderElementsOf(RulesList.ruleKeys());
  }

  @Test
  void everyRuleTakesItsMetadataFromItsDoc() {
    for (RulesDefinition.Rule rule : repository.rules()) {
      RuleDoc doc = RuleDocs.load(rule.key());
      assertThat(rule.name()).isEqualTo(doc.title());
      assertThat(rule.type()).isEqualTo(RuleType.valueOf(doc.type()));
      assertThat(rule.severity()).isEqualTo(doc.severity());
      assertThat(rule.scope()).isEqualTo(RuleScope.ALL);
      assertThat(rule.tags()).containsExactlyInAnyOrderElementsOf(doc.tags());
      assertThat(rule.cleanCodeAttribute()).isEqualTo(CleanCodeAttribute.TRUSTWORTHY);
      assertThat(rule.template()).isFalse();
      assertThat(rule.params())
          .extracting(RulesDefinition.Param::key)
          .as("%s's parameters", rule.key())
          .containsExactlyInAnyOrderElementsOf(doc.parameters());
    }
  }

  @Test
  void hardcodedPostHogKeyIsABlockerVulnerability() {
    RulesDefinition.Rule rule = repository.rule("HardcodedPostHogKey");

    assertThat(rule.type()).isEqualTo(RuleType.VULNERABILITY);
    assertThat(rule.severity()).isEqualTo("BLOCKER");
    assertThat(rule.securityStandards()).contains("cwe:798", "owaspTop10-2021:a7");
    assertThat(rule.defaultImpacts()).isEqualTo(Map.of(SoftwareQuality.SECURITY, blocker()));
    assertThat(rule.activatedByDefault()).isTrue();
  }

  /** BLOCKER where the plugin API has it (10.8 on), else the highest older severity. */
  private static Severity blocker() {
    return Arrays.stream(Severity.values())
        .filter(severity -> severity.name().equals("BLOCKER"))
        .findFirst()
        .orElse(Severity.HIGH);
  }

  @Test
  void descriptionIsTheDocRenderedAsHtml() {
    for (RulesDefinition.Rule rule : repository.rules()) {
      assertThat(rule.htmlDescription())
          .as(rule.key())
          .contains(
              "<h2>Why is this an issue?</h2>",
              "<h2>How to fix it</h2>",
              "<h2>Resources</h2>",
              "<pre><code class=\"language-java\">")
          .doesNotContain("## ", "```");
    }
    assertThat(repository.rule("HardcodedPostHogKey").htmlDescription())
        .contains("<a href=\"https://cwe.mitre.org/data/definitions/798\">");
  }
}
