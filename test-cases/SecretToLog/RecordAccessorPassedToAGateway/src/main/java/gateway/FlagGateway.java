package gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagGateway {
  private static final Logger LOG = LoggerFactory.getLogger(FlagGateway.class);

  String evaluate(String host, String bearer) {
    LOG.info("evaluating flags on {}", host);
    LOG.debug("evaluating flags with {}", bearer); // Noncompliant {{PostHog personal API key from posthog.personal-api-key (from PostHogConfiguration.java:6) reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    return host;
  }
}
