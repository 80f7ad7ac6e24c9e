package app.admin;

/** Calls PostHog's admin API with the personal key; its failures say which header was sent. */
public class FlagsAdminClient {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public void setRollout(String flag, int percent) throws FlagsAdminException {
    int status = send(flag, percent, "Bearer " + personalApiKey);
    if (status == 429) {
      throw new QuotaExceededException("PostHog rate limit reached for " + flag);
    }
    if (status == 403) {
      throw new IllegalStateException("PostHog refused Authorization: Bearer " + personalApiKey); // Noncompliant
    }
    if (status == 401) {
      throw new FlagsAuthException( // Noncompliant
          "PATCH " + flag + " refused (Authorization: Bearer " + personalApiKey + ")", status);
    }
    if (status >= 400) {
      throw new FlagsAdminException("PATCH " + flag + " failed with " + status, status);
    }
  }

  /** Sets the rollout in every environment: what {@code setRollout} throws, it throws. */
  public void rollOutEverywhere(String flag) throws FlagsAdminException {
    setRollout(flag, 100);
  }

  /** Reads a rollout: its failure says nothing of the key. */
  public int rolloutOf(String flag) {
    if (flag.isEmpty()) {
      throw new IllegalStateException("No flag given");
    }
    return 100;
  }

  private int send(String flag, int percent, String authorization) {
    return authorization.isEmpty() ? 500 : 200;
  }
}
