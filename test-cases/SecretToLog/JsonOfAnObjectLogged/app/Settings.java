package app;

/** PostHog settings: Jackson writes every public getter, but for the ignored one. */
public class Settings {
  private final String host = "https://us.posthog.com";
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String getHost() {
    return host;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
