package app;

/** Logs through the inherited logger: an object whose toString() shows a token, and its user. */
public class SyncJob extends BaseJob {
  private final ApiCredentials credentials;

  public SyncJob(ApiCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected void run() {
    logger.debug("syncing with " + credentials); // Noncompliant
    logger.debug("syncing as " + credentials.user());
  }
}
