package io.github.posthogguard.sonar;

import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;

/** The built-in quality profile "PostHog Guard" for Java, with every rule of the pack active. */
public final class PostHogGuardProfile implements BuiltInQualityProfilesDefinition {
  public static final String NAME = "PostHog Guard";

  @Override
  public void define(Context context) {
    NewBuiltInQualityProfile profile =
        context.createBuiltInQualityProfile(NAME, PostHogGuardRulesDefinition.LANGUAGE);
    for (String ruleKey : RulesList.ruleKeys()) {
      profile.activateRule(PostHogGuardRulesDefinition.REPOSITORY_KEY, ruleKey);
    }
    profile.done();
  }
}
