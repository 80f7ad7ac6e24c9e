package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInActiveRule;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition.BuiltInQualityProfile;

class PostHogGuardProfileTest {

  @Test
  void activatesEveryRuleInAJavaProfileNamedPostHogGuard() {
    BuiltInQualityProfilesDefinition.Context context =
        new BuiltInQualityProfilesDefinition.Context();
    new PostHogGuardProfile().define(context);

    BuiltInQualityProfile profile = context.profile("java", "PostHog Guard");
    assertThat(profile).isNotNull();
    assertThat(profile.isDefault()).isFalse();
    assertThat(profile.rules())
        .extracting(BuiltInActiveRule::repoKey)
        .containsOnly("posthog-guard");
    assertThat(profile.rules())
        .extracting(BuiltInActiveRule::ruleKey)
        .containsExactlyElementsOf(RulesList.ruleKeys());
  }
}
