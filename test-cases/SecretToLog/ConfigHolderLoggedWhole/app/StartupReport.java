package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the whole settings object: Lombok's toString() prints the personal key. */
public class StartupReport {
  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final PostHogProperties properties;

  public StartupReport(PostHogProperties properties) {
    this.properties = properties;
  }

  public void reportCapture(CaptureSettings capture) {
    log.info("PostHog capture settings: {}", capture);
  }

  public void report() {
    log.info("PostHog settings: {}", properties); // Noncompliant {{PostHog personal API key from posthog.personal-api-key (from PostHogProperties.java:12) reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    log.info("PostHog host: {}", properties.getHost());
    log.info("PostHog project key: {}", properties.getProjectApiKey());
    log.debug("PostHog personal key: {}", properties.getPersonalApiKey()); // Noncompliant {{PostHog personal API key from posthog.personal-api-key (from PostHogProperties.java:12) reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
  }
}
