package io.github.posthogguard.sonar;

import org.sonar.api.Plugin;

/** The plugin's entry point: the rules, their built-in profile and the checks for sonar-java. */
public final class PostHogGuardPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
        PostHogGuardRulesDefinition.class,
        PostHogGuardProfile.class,
        PostHogGuardCheckRegistrar.class);
  }
}
