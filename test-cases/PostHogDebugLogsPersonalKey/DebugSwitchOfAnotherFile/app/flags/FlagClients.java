package app.flags;

import app.settings.BuildInfo;
import com.posthog.server.PostHogConfig;

/** A debug switch is as on as the constant of another file it reads. */
public class FlagClients {
  PostHogConfig local(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .debug(BuildInfo.SDK_DEBUG) // Noncompliant
        .build();
  }

  PostHogConfig quiet(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(BuildInfo.VERBOSE).build();
  }

  PostHogConfig traced(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(BuildInfo.TRACING).build();
  }

  PostHogConfig withoutKey(String projectKey) {
    return PostHogConfig.builder(projectKey).debug(BuildInfo.SDK_DEBUG).build();
  }
}
