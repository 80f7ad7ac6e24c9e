package suppliers;

/** Builds what the status endpoint returns: one view with the personal key, one without. */
public class StatusService {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public record StatusView(String host, String personalApiKey) {}

  public record PublicStatus(String host, boolean personalKeySet) {}

  public StatusView snapshot() {
    return new StatusView("https://eu.posthog.com", personalApiKey);
  }

  public PublicStatus publicSnapshot() {
    return new PublicStatus("https://eu.posthog.com", personalApiKey != null);
  }
}
