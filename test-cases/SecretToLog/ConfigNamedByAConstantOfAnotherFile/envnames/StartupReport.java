package envnames;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what another file read under names a third file holds. */
public class StartupReport {
  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  void report(AdminSettings settings) {
    log.info("PostHog admin key {}", settings.adminKey()); // Noncompliant
    log.info("flags key {}", settings.flags()); // Noncompliant
    log.info("PostHog at {}", settings.host());
    log.info("admin key set: {}", settings.adminKey() != null);
  }

  void report(InjectedSettings settings) {
    log.info("injected admin key {}", settings.adminKey()); // Noncompliant
    log.info("region {}", settings.region());
  }
}
