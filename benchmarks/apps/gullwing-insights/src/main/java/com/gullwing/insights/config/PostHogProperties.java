package com.gullwing.insights.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the {@code posthog.*} namespace. */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
    String host,
    String apiKey,
    String personalApiKey,
    long projectId) {

  public String apiBase() {
    return host.endsWith("/") ? host + "api" : host + "/api";
  }

  public boolean hasPersonalKey() {
    return personalApiKey != null && !personalApiKey.isBlank();
  }
}
