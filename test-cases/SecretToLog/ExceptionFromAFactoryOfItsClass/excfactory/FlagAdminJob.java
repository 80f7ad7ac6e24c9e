package excfactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the client throws. */
public class FlagAdminJob {
  private static final Logger log = LoggerFactory.getLogger(FlagAdminJob.class);
  private final FlagAdminClient client = new FlagAdminClient();

  void run() {
    try {
      client.listFlags(500);
    } catch (FlagApiException e) {
      log.error("listing flags failed", e); // Noncompliant
      log.error("listing flags failed: {}", e.getMessage()); // Noncompliant
      log.error("listing flags failed with HTTP {}", e.status());
    }
    try {
      client.flag("new-checkout", false);
    } catch (FlagNotFoundException e) {
      log.warn("flag lookup failed: {}", e.getMessage());
    }
  }
}
