package ownerapp;

import com.posthog.server.PostHogConfig;

/** The audit client reads a key service.properties writes as a secret key. */
public class AnalyticsClients {
  private final ServiceConfig config;

  public AnalyticsClients(ServiceConfig config) {
    this.config = config;
  }

  PostHogConfig events() {
    return PostHogConfig.builder(config.projectApiKey()).build();
  }

  PostHogConfig audit() {
    return PostHogConfig.builder(config.auditProjectApiKey()).build(); // Noncompliant
  }
}
