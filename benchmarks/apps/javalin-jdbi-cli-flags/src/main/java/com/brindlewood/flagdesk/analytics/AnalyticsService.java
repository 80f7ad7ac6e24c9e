package com.brindlewood.flagdesk.analytics;

import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper so handlers do not depend on the SDK directly.
 */
public class AnalyticsService {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsService.class);

    private final PostHogInterface posthog;

    public AnalyticsService(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public void flagAudited(String actor, String flagKey, String action) {
        posthog.capture(actor, "flag audited", Map.of("flag_key", flagKey, "action", action));
        log.debug("Captured 'flag audited' for {} on {}", actor, flagKey);
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }
}
