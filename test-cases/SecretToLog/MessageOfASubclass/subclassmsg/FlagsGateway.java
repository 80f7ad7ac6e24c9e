package subclassmsg;

/** Builds the subclass's message with the key: reported where a handler logs it. */
public class FlagsGateway {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void fetch(int status) {
    if (status == 401) {
      throw new RejectedKeyFlagsException("PostHog rejected personal API key " + personalApiKey);
    }
    if (status == 429) {
      throw new QuotaFlagsException("PostHog rate limit reached");
    }
  }
}
