package com.tripwise.itinerary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The {@code posthog.*} block of application.properties. */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

  /** Project API key (phc_), public. */
  String apiKey();

  /** Personal API key of the "itinerary-service" PostHog user: local evaluation and flag sync. */
  String personalApiKey();

  /** Feature-flags secure API key (phs_), for the edge worker. */
  Optional<String> featureFlagsSecureApiKey();

  @WithDefault("https://us.i.posthog.com")
  String host();

  long projectId();

  Sync sync();

  interface Sync {
    @WithDefault("10m")
    Duration interval();

    @WithDefault("3")
    int maxAttempts();
  }
}
