import com.posthog.server.*;

/** PostHogConfig by an on-demand import of its package, and written fully qualified. */
public class QualifiedAndWildcard {
  PostHogConfig wildcard(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .debug(true) // Noncompliant
        .build();
  }

  com.posthog.server.PostHogConfig qualified(String projectKey, String personalKey) {
    return com.posthog.server.PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .debug(true) // Noncompliant
        .build();
  }

  com.posthog.server.PostHogConfig qualifiedBuilder(String projectKey, String personalKey) {
    com.posthog.server.PostHogConfig.Builder builder =
        new com.posthog.server.PostHogConfig.Builder(projectKey).debug(true); // Noncompliant
    return builder.personalApiKey(personalKey).build();
  }
}
