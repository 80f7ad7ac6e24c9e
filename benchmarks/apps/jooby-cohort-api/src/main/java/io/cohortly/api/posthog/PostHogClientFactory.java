package io.cohortly.api.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.cohortly.api.config.BuildInfo;
import io.cohortly.api.config.PostHogSettings;

/** Builds the posthog-server SDK clients used by the service. */
public final class PostHogClientFactory {

  private PostHogClientFactory() {}

  /** Client that evaluates feature flags locally with the project secret key. */
  public static PostHogInterface flagsClient(PostHogSettings settings) {
    PostHogConfig config =
        PostHogConfig.builder(settings.projectApiKey())
            .host(settings.apiHost())
            .personalApiKey(settings.secretKey())
            .pollIntervalSeconds(settings.pollIntervalSeconds())
            .debug(BuildInfo.SDK_DEBUG)
            .build();
    return PostHog.with(config);
  }

  /**
   * Client for the nightly export job. It only captures {@code cohort_synced} events, so it does
   * not need local evaluation.
   */
  public static PostHogInterface exportClient(PostHogSettings settings) {
    PostHogConfig config =
        PostHogConfig.builder(settings.personalApiKey())
            .host(settings.apiHost())
            .localEvaluation(false)
            .build();
    return PostHog.with(config);
  }
}
