package app;

import org.jboss.logging.Logger;

/** The accessor's name says little; application.properties says it holds a personal key. */
public class FlagsStartup {
  private static final Logger LOG = Logger.getLogger(FlagsStartup.class);

  void start(PostHogSettings settings) {
    LOG.infof("flags from %s", settings.host());
    LOG.infof("flags with %s", settings.featureFlagsKey()); // Noncompliant {{PostHog personal API key from posthog.feature-flags-key (from application.properties:3) reaches JBoss Logging infof(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    LOG.infof("legacy bridge writes with %s", settings.legacy().writeKey()); // Noncompliant
    LOG.infof("legacy bridge in %s", settings.legacy().region());
  }
}
