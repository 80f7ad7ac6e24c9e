package io.github.posthogguard.sonar;

import org.sonar.api.Plugin;
import org.sonar.api.SonarProduct;

/**
 * The plugin's entry point: the rules, their built-in profile and the checks for sonar-java; on
 * SonarQube, also the sensor for the other files (SonarQube for IDE runs no third-party sensor).
 */
public final class PostHogGuardPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
        PostHogGuardRulesDefinition.class,
        PostHogGuardProfile.class,
        PostHogGuardCheckRegistrar.class);
    if (context.getRuntime().getProduct() == SonarProduct.SONARQUBE) {
      context.addExtension(PostHogGuardConfigSensor.class);
    }
  }
}
