package com.lumen.insights.web;

import com.lumen.insights.config.PostHogProperties;
import java.time.Instant;

/**
 * Snapshot of one upstream integration, shown on the internal ops dashboard.
 */
public record IntegrationStatus(
        String provider,
        String host,
        long projectId,
        boolean reachable,
        String credentialsInUse,
        Instant checkedAt) {

    public static IntegrationStatus forPostHog(PostHogProperties props, boolean reachable) {
        return new IntegrationStatus(
                "posthog",
                props.appHost(),
                props.projectId(),
                reachable,
                props.personalApiKey(),
                Instant.now());
    }
}
