package app;

/** Where the keys come from, in a class of its own. */
public class AnalyticsKeys {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String flagsKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String projectKey() {
    return projectKey;
  }

  public String flagsKey() {
    return flagsKey;
  }
}
