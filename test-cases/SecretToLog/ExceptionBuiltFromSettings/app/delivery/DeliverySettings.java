package app.delivery;

/** Where the appender sends its events, and with which key. */
public class DeliverySettings {
  private final String host = System.getenv().getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com");
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String getHost() {
    return host;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
