package callbacks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A caller that names neither the exception nor a secret: its error callbacks get the failure. */
public class StageSync {
  private static final Logger log = LoggerFactory.getLogger(StageSync.class);
  private final StageClient client = new StageClient();

  void syncOnce() {
    client.definitions().whenComplete((json, failure) -> {
      if (failure != null) {
        log.error("sync failed", failure); // Noncompliant
        return;
      }
      log.info("synced {} bytes", json.length());
    });
    client.definitions().exceptionally(failure -> { log.warn("falling back", failure); return "{}"; }); // Noncompliant
  }
}
