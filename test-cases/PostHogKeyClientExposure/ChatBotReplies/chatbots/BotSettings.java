package chatbots;

/** The keys a chat bot holds; another file's commands answer with them. */
public record BotSettings(String host, String projectApiKey, String personalApiKey, String secureKey) {
  public static BotSettings fromEnvironment() {
    return new BotSettings(
        System.getenv("POSTHOG_HOST"),
        System.getenv("POSTHOG_PROJECT_API_KEY"),
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
  }

  public String maskedPersonalKey() {
    return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
  }
}
