package tokenmodes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what another file's holder binds: only its token is a secret. */
public class AdminAudit {
  private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);

  void report(AdminSettings settings) {
    log.debug("token mode {}", settings.getTokenMode());
    log.debug("token lifetime {} s", settings.getTokenTtlSeconds());
    log.debug("token required {}", settings.isTokenRequired());
    log.debug("admin token {}", settings.getToken()); // Noncompliant
  }
}
