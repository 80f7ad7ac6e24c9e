package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import java.util.Map;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;

/** A PostHog key or another secret that reaches a logger, the console or an exception message. */
@Rule(key = "SecretToLog")
public final class SecretToLogCheck extends PostHogGuardCheck {
  @RuleProperty(
      key = GuardOptions.SECRET_WORDS,
      description = GuardOptions.SECRET_WORDS_DESCRIPTION)
  public String secretWords = "";

  @RuleProperty(
      key = GuardOptions.SECRET_SOURCES,
      description = GuardOptions.SECRET_SOURCES_DESCRIPTION)
  public String secretSources = "";

  @RuleProperty(
      key = GuardOptions.LOGGER_TYPES,
      description = GuardOptions.LOGGER_TYPES_DESCRIPTION)
  public String loggerTypes = "";

  @RuleProperty(key = GuardOptions.SANITIZERS, description = GuardOptions.SANITIZERS_DESCRIPTION)
  public String sanitizers = "";

  @RuleProperty(key = GuardOptions.MODELS, description = GuardOptions.MODELS_DESCRIPTION)
  public String models = "";

  @Override
  protected FlowOptions options() {
    return GuardOptions.parse(
        Map.of(
            GuardOptions.SECRET_WORDS, secretWords,
            GuardOptions.SECRET_SOURCES, secretSources,
            GuardOptions.LOGGER_TYPES, loggerTypes,
            GuardOptions.SANITIZERS, sanitizers,
            GuardOptions.MODELS, models));
  }
}
