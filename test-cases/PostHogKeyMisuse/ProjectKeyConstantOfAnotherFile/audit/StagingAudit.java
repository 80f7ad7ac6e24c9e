package audit;

import com.posthog.server.PostHogConfig;

/** The project key of another file's constant where the personal key goes, and where it belongs. */
class StagingAudit {
  PostHogConfig swapped(String stagingPersonalKey) {
    PostHogConfig.Builder builder = PostHogConfig.builder(stagingPersonalKey); // Noncompliant
    builder.host(StagingDefaults.HOST);
    builder.personalApiKey(StagingDefaults.PROJECT_KEY); // Noncompliant
    return builder.build();
  }

  PostHogConfig right(String stagingPersonalKey) {
    return PostHogConfig.builder(StagingDefaults.PROJECT_KEY)
        .host(StagingDefaults.HOST)
        .personalApiKey(stagingPersonalKey)
        .build();
  }
}
