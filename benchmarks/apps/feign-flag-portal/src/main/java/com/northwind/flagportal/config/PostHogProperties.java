package com.northwind.flagportal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostHog settings bound from the {@code posthog.*} block of application.yml.
 *
 * @param host private API host (feature flag CRUD), e.g. https://us.posthog.com
 * @param ingestHost capture/decide host used by the server SDK
 * @param projectApiKey public project key ({@code phc_...})
 * @param projectId numeric id of the PostHog project the portal manages
 * @param personalApiKey personal API key used for the REST API and local evaluation
 * @param featureFlagsSecureApiKey project secret key for local evaluation, once rolled out
 * @param pollIntervalSeconds how often the SDK refreshes flag definitions
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
    @DefaultValue("https://us.posthog.com") String host,
    @DefaultValue("https://us.i.posthog.com") String ingestHost,
    String projectApiKey,
    long projectId,
    String personalApiKey,
    String featureFlagsSecureApiKey,
    @DefaultValue("30") int pollIntervalSeconds) {

  /** A copy that is safe to print: secret keys are reduced to PostHog's own mask. */
  public PostHogProperties redacted() {
    return new PostHogProperties(
        host,
        ingestHost,
        projectApiKey,
        projectId,
        mask(personalApiKey),
        mask(featureFlagsSecureApiKey),
        pollIntervalSeconds);
  }

  /** Masks a key the way the PostHog UI does: first 4 and last 4 characters. */
  public static String mask(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
