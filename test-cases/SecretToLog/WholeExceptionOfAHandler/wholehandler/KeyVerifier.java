package wholehandler;

/**
 * Builds the message with the key: reported where the project logs it, not here as well.
 */
public class KeyVerifier {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void verify(String tenant, int status) {
    if (status == 401) {
      throw new RejectedKeyException("PostHog rejected personal API key " + personalApiKey + " for " + tenant);
    }
    if (status == 429) {
      throw new QuotaException("PostHog rate limit reached for " + tenant);
    }
  }
}
