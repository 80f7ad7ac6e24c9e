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
    // The profile keeps its rules in a map: their order is not the order of activation.
    assertThat(profile.rules())
        .extracting(BuiltInActiveRule::ruleKey)
        .containsExactlyInAnyOrderElementsOf(RulesList.ruleKeys());
  }
}
