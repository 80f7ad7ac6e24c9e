package app;

/**
 * Built in its own file from the environment: its components hold what the creation gives them,
 * whatever their names say.
 */
public record AppConfig(String host, String projectApiKey, String adminKey, int port) {
  public static AppConfig load() {
    return new AppConfig(
        System.getenv().getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com"),
        System.getenv("POSTHOG_PROJECT_API_KEY"),
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        8080);
  }
}
