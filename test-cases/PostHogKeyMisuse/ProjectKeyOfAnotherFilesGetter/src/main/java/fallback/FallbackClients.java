package fallback;

import com.posthog.server.PostHogConfig;

/** Builds clients from what PortalSettings and FlagSyncProperties (other files) hand out. */
public class FallbackClients {
  PostHogConfig localEvaluation(PortalSettings settings) {
    return PostHogConfig.builder(settings.analyticsFallbackKey())
        .host(settings.posthogHost())
        .personalApiKey(settings.analyticsFallbackKey()) // Noncompliant
        .build();
  }

  PostHogConfig flagSync(FlagSyncProperties sync) {
    return PostHogConfig.builder(sync.getFlagSyncKey())
        .personalApiKey(sync.getFlagSyncKey()) // Noncompliant
        .build();
  }

  PostHogConfig regional(PortalSettings settings) {
    return PostHogConfig.builder(settings.analyticsFallbackKey())
        .personalApiKey(settings.analyticsRegion())
        .build();
  }
}
