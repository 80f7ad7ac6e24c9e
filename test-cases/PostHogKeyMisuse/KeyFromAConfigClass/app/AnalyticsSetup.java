package app;

import com.posthog.server.PostHogConfig;

/** The keys swapped: each getter's value is known only from the other file. */
public class AnalyticsSetup {
  PostHogConfig swapped(AnalyticsKeys keys) {
    return PostHogConfig.builder(keys.flagsKey()) // Noncompliant
        .personalApiKey(keys.projectKey()) // Noncompliant: the project key (POSTHOG_API_KEY) as the personal key
        .build();
  }

  PostHogConfig right(AnalyticsKeys keys) {
    return PostHogConfig.builder(keys.projectKey()).personalApiKey(keys.flagsKey()).build();
  }
}
