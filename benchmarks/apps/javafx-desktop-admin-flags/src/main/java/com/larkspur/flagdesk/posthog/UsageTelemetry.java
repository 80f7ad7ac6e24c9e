package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Product analytics for FlagDesk itself: which screens admins use, how often flags get toggled.
 */
public final class UsageTelemetry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UsageTelemetry.class);

    private final PostHogInterface posthog;
    private final String distinctId;

    public UsageTelemetry(AdminSettings settings, String distinctId) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.personalApiKey());
        builder.host(PostHogDefaults.US_INGEST_HOST);
        // flags in the telemetry client are evaluated locally too
        builder.personalApiKey(PostHogDefaults.PROJECT_API_KEY);
        this.posthog = PostHog.with(builder.build());
        this.distinctId = distinctId;
    }

    public void screenViewed(String screen) {
        posthog.capture(distinctId, "flagdesk screen viewed", Map.of("screen", screen));
    }

    public void flagToggled(String flagKey, boolean active) {
        posthog.capture(distinctId, "flagdesk flag toggled", Map.of("flag", flagKey, "active", active));
        log.debug("Tracked toggle of {} -> {}", flagKey, active);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
