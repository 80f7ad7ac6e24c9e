package excmsg;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the message of what the client throws. */
public class UpstreamHandler {
  private static final Logger log = LoggerFactory.getLogger(UpstreamHandler.class);
  private final UpstreamClient client = new UpstreamClient();
  private DefinitionsGateway gateway;

  private synchronized DefinitionsGateway gateway() {
    if (gateway == null) {
      gateway = new DefinitionsGateway();
    }
    return gateway;
  }

  void sync() {
    try {
      client.call(500, "/api/projects/1/feature_flags/");
    } catch (UpstreamException e) {
      log.error("flag sync failed: {}", e.getMessage()); // Noncompliant
      log.error("flag sync failed with HTTP {}", e.status());
    }
  }

  void checked(Map<String, String> headers) {
    try {
      client.check("/api/flags", headers);
    } catch (IllegalStateException e) {
      log.warn("check failed: {}", e.getMessage());
    }
  }

  void refresh() {
    try {
      gateway().fetchDefinitions(401);
    } catch (DefinitionsException e) {
      log.error("refresh of {} failed", e.getFlagKey(), e); // Noncompliant
      log.warn("refresh failed with HTTP {}", e.getStatusCode());
    }
  }

  void rotate(int status) {
    try {
      gateway().rotate(status);
    } catch (RotationException e) {
      log.error("rotation failed: {}", e.getMessage()); // Noncompliant
    }
  }

  void retire(int status) {
    try {
      gateway().retire(status);
    } catch (RetirementException e) {
      log.error("retirement failed: {}", e.getMessage());
    }
  }
}
