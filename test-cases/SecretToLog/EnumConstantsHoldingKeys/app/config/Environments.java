package app.config;

/** Each environment's PostHog host and admin key: only production's comes from the environment. */
public enum Environments {
  LOCAL("http://localhost:8000", "local-admin"),
  PROD("https://us.posthog.com", System.getenv("POSTHOG_PERSONAL_API_KEY"));

  public final String host;
  public final String adminKey;

  Environments(String host, String adminKey) {
    this.host = host;
    this.adminKey = adminKey;
  }
}
