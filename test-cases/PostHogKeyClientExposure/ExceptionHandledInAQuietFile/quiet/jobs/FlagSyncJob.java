package quiet.jobs;

/** Builds its failure's message with the key of a record of another file. */
public class FlagSyncJob {
  public void sync(long projectId) {
    SyncContext ctx = new SyncContext(projectId, System.getenv("POSTHOG_PERSONAL_API_KEY"), 1);
    throw new FlagSyncFailure("PostHog refused key " + ctx.personalApiKey(), 401);
  }
}
