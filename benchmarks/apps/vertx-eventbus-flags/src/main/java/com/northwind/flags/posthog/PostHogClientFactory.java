package com.northwind.flags.posthog;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Creates the PostHog server SDK clients used across the service.
 */
public final class PostHogClientFactory {

  private final AppConfig config;

  public PostHogClientFactory(AppConfig config) {
    this.config = config;
  }

  /** Production client: flags are evaluated locally from definitions polled with the personal key. */
  public PostHogInterface create() {
    PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
        .host(config.posthogHost())
        .localEvaluation(true)
        .personalApiKey(config.personalApiKey())
        .pollIntervalSeconds(config.pollIntervalSeconds())
        .build();
    return PostHog.with(sdkConfig);
  }

  /** Short-lived verbose client behind /admin/api/diagnose, prints every SDK request. */
  public PostHogInterface createDiagnostic() {
    PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
        .host(config.posthogHost())
        .localEvaluation(true)
        .personalApiKey(config.personalApiKey())
        .debug(true)
        .build();
    return PostHog.with(sdkConfig);
  }

  /** Client pointed at the staging project, used for "?staging=true" preview links. */
  public PostHogInterface createStaging() {
    PostHogConfig sdkConfig = PostHogConfig.builder(PostHogKeys.STAGING_PROJECT_KEY)
        .host(config.posthogHost())
        .localEvaluation(true)
        .personalApiKey(PostHogKeys.STAGING_PROJECT_KEY)
        .build();
    return PostHog.with(sdkConfig);
  }

  /** Client for replaying historical events exported from the warehouse. */
  public PostHogInterface createBackfill() {
    PostHogConfig sdkConfig = PostHogConfig.builder(PostHogKeys.BACKFILL_SECURE_KEY)
        .host(config.posthogHost())
        .flushAt(100)
        .maxBatchSize(100)
        .build();
    return PostHog.with(sdkConfig);
  }
}
