package kept.jobs;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps its last failures for a status page: one built with the key, one without. */
public class KeptSyncJob {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final AtomicReference<KeptSyncFailure> lastFailure = new AtomicReference<>();
  private final AtomicReference<KeptTimeout> lastTimeout = new AtomicReference<>();

  public void sync() {
    try {
      call();
    } catch (RuntimeException e) {
      lastFailure.set(new KeptSyncFailure("PostHog refused " + personalApiKey, e));
      lastTimeout.set(new KeptTimeout("sync timed out after 30 s"));
    }
  }

  private void call() {}

  public Optional<KeptSyncFailure> lastFailure() {
    return Optional.ofNullable(lastFailure.get());
  }

  public Optional<KeptTimeout> lastTimeout() {
    return Optional.ofNullable(lastTimeout.get());
  }
}
