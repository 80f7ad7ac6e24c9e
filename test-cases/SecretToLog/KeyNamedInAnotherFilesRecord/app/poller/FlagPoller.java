package app.poller;

import java.util.logging.Logger;

/** Polls flag definitions with the credentials another file built. */
public class FlagPoller {
  private static final Logger LOG = Logger.getLogger(FlagPoller.class.getName());
  private final PollerCredentials credentials;

  public FlagPoller(PollerCredentials credentials) {
    this.credentials = credentials;
  }

  void poll() {
    LOG.info("polling with " + credentials.serverKey()); // Noncompliant
    LOG.info("polling project " + credentials.projectApiKey());
  }
}
