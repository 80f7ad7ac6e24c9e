package ratpackflags;

/** What the application's configuration holds for PostHog. */
public record CohortSettings(String host, String projectApiKey, String personalApiKey, String secretKey) {
  public static CohortSettings fromEnvironment() {
    return new CohortSettings(
        System.getenv("POSTHOG_HOST"),
        System.getenv("POSTHOG_PROJECT_API_KEY"),
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        System.getenv("POSTHOG_PROJECT_SECRET_KEY"));
  }
}
