package io.github.posthogguard.sonar;

import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import java.lang.reflect.Field;
import java.util.Map;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rule.RuleScope;
import org.sonar.api.rules.CleanCodeAttribute;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaCheck;

/** The "PostHog Guard" rule repository for Java, every rule's metadata read from its doc. */
public final class PostHogGuardRulesDefinition implements RulesDefinition {
  public static final String REPOSITORY_KEY = "posthog-guard";
  public static final String REPOSITORY_NAME = "PostHog Guard";
  public static final String LANGUAGE = "java";

  // Every rule of the pack is about a leaked secret, which Sonar files under Responsible:
  // Trustworthy, as its own hard-coded secret rules.
  private static final CleanCodeAttribute CLEAN_CODE_ATTRIBUTE = CleanCodeAttribute.TRUSTWORTHY;

  @Override
  public void define(Context context) {
    NewRepository repository =
        context.createRepository(REPOSITORY_KEY, LANGUAGE).setName(REPOSITORY_NAME);
    for (Class<? extends JavaCheck> check : RulesList.checks()) {
      NewRule rule = define(repository, RuleDocs.load(PostHogGuardCheck.ruleKeyOf(check)));
      defineParameters(rule, check);
    }
    repository.done();
  }

  /** A check's {@code @RuleProperty} fields are its rule's parameters (the team's options). */
  private static void defineParameters(NewRule rule, Class<?> check) {
    for (Field field : check.getFields()) {
      RuleProperty property = field.getAnnotation(RuleProperty.class);
      if (property != null) {
        rule.createParam(property.key())
            .setDescription(property.description())
            .setDefaultValue(property.defaultValue());
      }
    }
  }

  private static NewRule define(NewRepository repository, RuleDoc doc) {
    NewRule rule =
        repository
            .createRule(doc.key())
            .setName(doc.title())
            .setHtmlDescription(RuleDescriptions.toHtml(doc.markdown()))
            .setType(RuleType.valueOf(doc.type()))
            .setSeverity(doc.severity())
            .setScope(RuleScope.ALL)
            // Every rule of the pack is precise enough to be on wherever the plugin is installed,
            // which is what SonarQube for IDE in standalone mode goes by.
            .setActivatedByDefault(true)
            .setCleanCodeAttribute(CLEAN_CODE_ATTRIBUTE)
            .setTags(doc.tags().toArray(String[]::new));
    rule.addCwe(doc.cwe().stream().mapToInt(Integer::intValue).toArray());
    for (String category : doc.owaspTop10_2021()) {
      rule.addOwaspTop10(OwaspTop10Version.Y2021, OwaspTop10.valueOf(category));
    }
    for (Map.Entry<String, String> impact : doc.impacts().entrySet()) {
      rule.addDefaultImpact(
          SoftwareQuality.valueOf(impact.getKey()), ImpactSeverities.of(impact.getValue()));
    }
    return rule;
  }
}
