package flagservice;

/** PostHog's keys, from the environment. */
public record FlagSettings(String projectApiKey, String personalApiKey, String secureApiKey) {
  public static FlagSettings fromEnvironment() {
    return new FlagSettings(
        System.getenv("POSTHOG_API_KEY"),
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
  }
}
