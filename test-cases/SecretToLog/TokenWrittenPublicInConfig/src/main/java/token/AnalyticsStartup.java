package token;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configuration writes a project key under posthog.token: logging it leaks nothing. */
public class AnalyticsStartup {
  private static final Logger log = LoggerFactory.getLogger(AnalyticsStartup.class);

  private final AnalyticsProperties properties;

  public AnalyticsStartup(AnalyticsProperties properties) {
    this.properties = properties;
  }

  public void report() {
    log.info("PostHog {} with project token {}", properties.getHost(), properties.getToken());
  }
}
