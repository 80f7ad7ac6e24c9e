package namedmsg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what its calls throw. */
public class SyncJob {
  private static final Logger log = LoggerFactory.getLogger(SyncJob.class);
  private final FlagGateway gateway = new FlagGateway();
  private final RateLimiter limiter = new RateLimiter();

  void sync(String secureKey) {
    try {
      gateway.definitions(secureKey, false);
    } catch (GatewayException e) {
      log.error("flag definitions unavailable", e); // Noncompliant
    }
    try {
      limiter.acquire("sync", false);
    } catch (GatewayException e) {
      log.warn("sync postponed: {}", e.getMessage());
    }
    try {
      gateway.refresh(secureKey, false);
    } catch (IllegalStateException e) {
      log.warn("refresh failed", e);
    }
  }
}
