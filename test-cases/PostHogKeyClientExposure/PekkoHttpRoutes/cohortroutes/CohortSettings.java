package cohortroutes;

/** PostHog's keys, from the environment. */
public record CohortSettings(String projectApiKey, String personalApiKey, String secretKey) {
  public static CohortSettings fromEnvironment() {
    return new CohortSettings(
        System.getenv("POSTHOG_API_KEY"),
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        System.getenv("POSTHOG_PROJECT_SECRET_KEY"));
  }
}
