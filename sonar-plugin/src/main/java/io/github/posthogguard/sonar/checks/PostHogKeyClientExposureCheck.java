package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import java.util.Map;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;

/**
 * A PostHog personal or secret key that reaches the end user's browser. Of the team's options it
 * takes those that bear on it: secret sources (their values stay off clients too) and sanitizers.
 */
@Rule(key = "PostHogKeyClientExposure")
public final class PostHogKeyClientExposureCheck extends PostHogGuardCheck {
  @RuleProperty(
      key = GuardOptions.SECRET_SOURCES,
      description = GuardOptions.SECRET_SOURCES_DESCRIPTION)
  public String secretSources = "";

  @RuleProperty(key = GuardOptions.SANITIZERS, description = GuardOptions.SANITIZERS_DESCRIPTION)
  public String sanitizers = "";

  @Override
  protected FlowOptions options() {
    return GuardOptions.parse(
        Map.of(GuardOptions.SECRET_SOURCES, secretSources, GuardOptions.SANITIZERS, sanitizers));
  }
}
