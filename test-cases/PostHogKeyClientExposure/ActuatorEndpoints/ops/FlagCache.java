package ops;

public class FlagCache {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public FlagStatus status() {
    return new FlagStatus("https://eu.i.posthog.com", personalApiKey != null, personalApiKey);
  }

  public FlagStatus publicStatus() {
    return new FlagStatus("https://eu.i.posthog.com", personalApiKey != null, null);
  }
}
