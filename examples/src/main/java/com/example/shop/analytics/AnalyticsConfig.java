package com.example.shop.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Sets up the PostHog server SDK for event capture and local feature-flag evaluation. */
public final class AnalyticsConfig {
  /** The project key is public by design: it is fine in source. */
  static final String PROJECT_API_KEY = "phc_yUA3hSSNKDaZ3vYCBermY93AaBDP9CoHynekiGW5KP2N";

  private AnalyticsConfig() {}

  public static PostHogInterface create() {
    PostHogConfig config =
        PostHogConfig.builder(PROJECT_API_KEY)
            .host("https://eu.i.posthog.com")
            // "Temporary", to get local evaluation working before the demo.
            .personalApiKey("phx_CbPmQgTTNqMtCQgdZKW7uzpxYJChCLYK7z8pSvVkXYGZG8hW") // expect: HardcodedPostHogKey
            .build();
    return PostHog.with(config);
  }
}
