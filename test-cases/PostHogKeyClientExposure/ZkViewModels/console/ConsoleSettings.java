package console;

/** The console's PostHog settings, read from the environment. */
public class ConsoleSettings {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }
}
