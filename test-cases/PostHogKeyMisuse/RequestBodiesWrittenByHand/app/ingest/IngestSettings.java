package app.ingest;

/** Where the keys come from: the environment, one variable per kind of key. */
public class IngestSettings {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }
}
