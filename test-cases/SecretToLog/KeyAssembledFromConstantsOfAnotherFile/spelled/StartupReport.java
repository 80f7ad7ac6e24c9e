package spelled;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what another file's getter returns: a key assembled there from a third file's constants. */
public class StartupReport {
  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private SecureKeyProvider keys;

  void report() {
    log.info("Flags secure: {}", keys.secureKey()); // Noncompliant
    log.info("Project key: {}", keys.projectKey());
    log.info("Secure key length: {}", keys.secureKey().length());
  }
}
