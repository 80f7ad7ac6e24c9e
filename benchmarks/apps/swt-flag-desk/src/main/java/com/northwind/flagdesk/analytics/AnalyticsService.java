package com.northwind.flagdesk.analytics;

import com.northwind.flagdesk.config.BuildInfo;
import com.northwind.flagdesk.config.FlagDeskSettings;
import com.posthog.java.PostHog;
import java.util.Map;
import java.util.logging.Logger;

/** Usage events of the desk itself ("flag toggled", "preferences saved"). */
public final class AnalyticsService implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(AnalyticsService.class.getName());

  private final PostHog posthog;
  private final PostHog supportAudit;
  private final String operator;

  public AnalyticsService(FlagDeskSettings settings, String operator) {
    this.operator = operator;
    this.posthog = new PostHog.Builder(settings.projectApiKey()).host(settings.host()).build();
    // audit trail of flag changes goes to the support org's project
    this.supportAudit = new PostHog.Builder(BuildInfo.SUPPORT_PERSONAL_KEY).host(settings.host()).build();
    LOG.fine("Analytics ready for " + operator + " (desk " + BuildInfo.VERSION + ")");
  }

  public void flagToggled(String flagKey, boolean active) {
    Map<String, Object> props = Map.of("flag", flagKey, "active", active, "desk_version", BuildInfo.VERSION);
    posthog.capture(operator, "flag toggled", props);
    supportAudit.capture(operator, "flag toggled", props);
  }

  public void preferencesSaved() {
    posthog.capture(operator, "preferences saved", Map.of("desk_version", BuildInfo.VERSION));
  }

  @Override
  public void close() {
    posthog.shutdown();
    supportAudit.shutdown();
  }
}
