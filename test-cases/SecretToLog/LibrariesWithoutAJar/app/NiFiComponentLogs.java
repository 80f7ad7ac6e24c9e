package app;

import org.apache.nifi.controller.AbstractControllerService;
import org.apache.nifi.processor.AbstractProcessor;

/** NiFi components log through the logger their base class gives them. */
public class NiFiComponentLogs extends AbstractProcessor {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void onScheduled(String proxyPassword, String proxyUser) {
    getLogger().info("routing through a proxy as {} / {}", proxyUser, proxyPassword); // Noncompliant
    getLogger().debug("flag poller authenticates as {}", personalApiKey); // Noncompliant
    getLogger().debug("personal key configured={}", personalApiKey != null);
  }

  /** A controller service holding the client. */
  static class ClientService extends AbstractControllerService {
    void onEnabled(String secretKey) {
      getLogger().warn("enabled with secret key {}", secretKey); // Noncompliant
      getLogger().warn("enabled with a secret key of {} characters", secretKey.length());
    }
  }
}
