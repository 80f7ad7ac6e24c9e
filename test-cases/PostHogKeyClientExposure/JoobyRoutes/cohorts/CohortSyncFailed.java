package cohorts;

/** Thrown by the cohort sync with what PostHog answered, the request's key among it. */
public class CohortSyncFailed extends RuntimeException {
  public CohortSyncFailed(String message) {
    super(message);
  }
}
