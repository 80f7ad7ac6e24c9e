import com.posthog.server.PostHogConfig;

/** Suppression under the rule id, the prefixed id or "all". */
public class SuppressedDebug {
  @SuppressWarnings("PostHogDebugLogsPersonalKey")
  PostHogConfig byId(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true).build();
  }

  @SuppressWarnings("posthog-guard:PostHogDebugLogsPersonalKey")
  static class Nested {
    PostHogConfig inner(String projectKey, String personalKey) {
      return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true).build();
    }
  }

  @SuppressWarnings("HardcodedPostHogKey") // another rule's name does not silence this one
  PostHogConfig otherRule(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true).build(); // Noncompliant
  }
}
