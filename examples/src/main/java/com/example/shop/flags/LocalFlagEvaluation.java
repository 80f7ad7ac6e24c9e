package com.example.shop.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Evaluates feature flags in the process, as PostHog's Java sample sets it up. */
public final class LocalFlagEvaluation {
  private LocalFlagEvaluation() {}

  public static PostHogInterface create() {
    PostHogConfig config =
        PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
            .host("https://eu.i.posthog.com")
            .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
            // On since someone asked why a flag was off; every poll now prints the key.
            .debug(true) // expect: PostHogDebugLogsPersonalKey
            .build();
    return PostHog.with(config);
  }
}
