package app.jobs;

import app.config.Environments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A field of one enum constant holds what that constant gave its constructor, not the others'. */
public class Announcer {
  private static final Logger log = LoggerFactory.getLogger(Announcer.class);

  enum Region {
    EU("https://eu.posthog.com", System.getenv("POSTHOG_EU_PERSONAL_API_KEY")),
    US("https://us.posthog.com", "");

    private final String host;
    private final String adminKey;

    Region(String host, String adminKey) {
      this.host = host;
      this.adminKey = adminKey;
    }

    String adminKey() {
      return adminKey;
    }
  }

  void announce() {
    log.info("Production at {} with {}", Environments.PROD.host, Environments.PROD.adminKey); // Noncompliant
    log.info("Local at {} with {}", Environments.LOCAL.host, Environments.LOCAL.adminKey);
    log.info("EU admin {}", Region.EU.adminKey()); // Noncompliant
    log.info("US admin {} at {}", Region.US.adminKey(), Region.US.host);
    log.info("EU at {}", Region.EU.host);
  }
}
