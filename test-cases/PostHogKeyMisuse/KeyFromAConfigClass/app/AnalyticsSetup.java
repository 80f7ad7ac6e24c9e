package app;

import com.posthog.server.PostHogConfig;

/** The keys swapped: each getter's value is known only from the other file. */
public class AnalyticsSetup {
  PostHogConfig swapped(AnalyticsKeys keys) {
    return PostHogConfig.builder(keys.flagsKey()) // Noncompliant
        // the project key (POSTHOG_API_KEY) passed as the personal key
        .personalApiKey(keys.projectKey()) // Noncompliant
        .build();
  }

  PostHogConfig right(AnalyticsKeys keys) {
    return PostHogConfig.builder(keys.projectKey()).personalApiKey(keys.flagsKey()).build();
  }
}
