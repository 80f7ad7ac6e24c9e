package com.acme.flagapi.posthog;

import com.acme.flagapi.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Map;

/**
 * Server-side event capture ("flag evaluated", "flag overridden") for the audit dashboards.
 */
public class CaptureService implements AutoCloseable {

    private final PostHogInterface posthog;

    public CaptureService(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .flushAt(50)
                .build();
        this.posthog = PostHog.with(config);
    }

    public void flagEvaluated(String distinctId, String flagKey, Object value) {
        posthog.capture(distinctId, "flag evaluated", Map.of("flag", flagKey, "value", String.valueOf(value)));
    }

    public void flagOverridden(String adminUser, String flagKey, boolean enabled) {
        posthog.capture(adminUser, "flag overridden", Map.of("flag", flagKey, "enabled", enabled));
    }

    @Override
    public void close() {
        posthog.close();
    }
}
