package akkaroutes;

/** A sync that PostHog refused. */
public class CohortSyncFailed extends RuntimeException {
  public CohortSyncFailed(String message) {
    super(message);
  }
}
