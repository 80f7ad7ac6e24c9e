package cohorts;

/** Builds its failure's message with the personal key (SecretToLog reports it here). */
public class CohortSync {
  void sync(CohortSettings posthog, int status) {
    if (status != 200) {
      throw new CohortSyncFailed("PostHog answered " + status + " for key " + posthog.personalApiKey());
    }
  }
}
