package app;

/** Builds the exceptions: one message with the personal API key, one without. */
public class CohortSync {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void sync(int status, int remaining) {
    if (status == 401) {
      throw new SyncException("PostHog refused the key " + personalApiKey); // the message holds it
    }
    if (remaining == 0) {
      throw new QuotaException("PostHog rate limit reached, retry later");
    }
  }
}
