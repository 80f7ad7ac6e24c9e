package com.northwind.events.pipeline.posthog;

import com.northwind.events.pipeline.EventPipelineOptions;
import com.northwind.events.pipeline.config.PostHogKeyHolder;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Builds the PostHog clients the DoFns use. One client per DoFn instance, closed at teardown. */
public final class PostHogClientFactory {

  private PostHogClientFactory() {}

  /** Client that evaluates feature flags locally on the worker. */
  public static PostHogInterface flagClient(EventPipelineOptions options) {
    PostHogConfig config =
        PostHogConfig.builder(options.getPosthogProjectApiKey())
            .host(options.getPosthogHost())
            .personalApiKey(options.getPosthogFlagsSecureKey())
            .pollIntervalSeconds(options.getFlagPollIntervalSeconds())
            .build();
    return PostHog.with(config);
  }

  /** Client that captures the enriched events; no flag evaluation needed here. */
  public static PostHogInterface captureClient(EventPipelineOptions options) {
    PostHogConfig config =
        PostHogConfig.builder(PostHogKeyHolder.getPersonalApiKey())
            .host(options.getPosthogHost())
            .flushAt(200)
            .build();
    return PostHog.with(config);
  }
}
