package recordbuilt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a record, or a class whose toString() shows its constructor's arguments, of another file
 * with the key and logs it: each creation shows what it is built with. Built with the project key
 * or a mask, it shows no secret.
 */
public class SyncWorker {
  private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

  void run(String host) {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    log.info("sync status {}", new SyncStatus(host, key, 3)); // Noncompliant
    SyncStatus status = new SyncStatus(host, key, 4);
    log.info("sync finished: " + status); // Noncompliant
    log.info("public status {}", new SyncStatus(host, System.getenv("POSTHOG_PROJECT_API_KEY"), 3));
    log.info("masked status {}", new SyncStatus(host, key.substring(0, 4) + "...", 3));
  }

  void report(String host) {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    log.info("report {}", new SyncReport(host, key, 3)); // Noncompliant
    log.info("public report {}", new SyncReport(host, System.getenv("POSTHOG_PROJECT_API_KEY"), 3));
  }
}
