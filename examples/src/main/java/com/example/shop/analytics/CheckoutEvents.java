package com.example.shop.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Captures checkout events from the order service. */
public final class CheckoutEvents {
  private CheckoutEvents() {}

  public static PostHogInterface create() {
    // Copied from the flag service's setup; every capture has been answered with 401 since.
    PostHogConfig config =
        PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY")) // expect: PostHogKeyMisuse
            .host("https://eu.i.posthog.com")
            .build();
    return PostHog.with(config);
  }
}
