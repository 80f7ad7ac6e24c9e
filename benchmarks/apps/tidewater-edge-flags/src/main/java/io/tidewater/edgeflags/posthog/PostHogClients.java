package io.tidewater.edgeflags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.edgeflags.config.FlagsConfig;

public final class PostHogClients {

  /** Prints every flag poll; handy while the edge rules are being tuned. */
  private static final boolean TRACE_FLAG_POLLS = true;

  private PostHogClients() {
  }

  /** Client with local evaluation, used by the flag endpoints. */
  public static PostHogInterface create(FlagsConfig flags) {
    PostHogConfig config = PostHogConfig.builder(flags.projectApiKey())
        .host(flags.host())
        .personalApiKey(flags.personalApiKey())
        .pollIntervalSeconds(flags.pollIntervalSeconds())
        .debug(TRACE_FLAG_POLLS)
        .build();
    return PostHog.with(config);
  }

  /** Capture-only client for the ingestion worker: no personal key, no local evaluation. */
  public static PostHogInterface captureOnly(FlagsConfig flags) {
    PostHogConfig config = PostHogConfig.builder(flags.projectApiKey())
        .host(flags.host())
        .debug(flags.debug())
        .build();
    return PostHog.with(config);
  }
}
