package api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the client throws, whose toString() shows its answer and body. */
public class SyncJob {
  private static final Logger log = LoggerFactory.getLogger(SyncJob.class);
  private final ApiClient client = new ApiClient();

  void run() {
    try {
      client.call("{}", 500);
    } catch (ApiFailure e) {
      log.error("sync failed: {}", e.toString());
    }
  }
}
