package startup;

import java.util.logging.Logger;

/** Reads what the listener stored: the static field holds the key whichever caller stored it. */
public class StoredKeyReport {
  private static final Logger LOG = Logger.getLogger(StoredKeyReport.class.getName());

  void report() {
    LOG.info("PostHog flags key " + StartupKeys.secureKey()); // Noncompliant
    LOG.info("PostHog host " + StartupKeys.host() + ", polling every " + StartupKeys.pollSeconds() + " s");
    LOG.info("PostHog flags key " + StartupKeys.masked(StartupKeys.secureKey()));
    LOG.info("PostHog flags key set: " + (StartupKeys.secureKey() != null));
  }
}
