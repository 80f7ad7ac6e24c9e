package com.brambleway.catalog.analytics;

import com.brambleway.catalog.config.CatalogConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Captures catalog admin actions (price changes, stock corrections) for the audit dashboard.
 */
public class EventTracker implements AutoCloseable {

    private final PostHogInterface postHog;

    public EventTracker(CatalogConfig config) {
        // audit events live in the internal project, which only the admin key can write to
        PostHogConfig auditConfig = PostHogConfig.builder(config.personalApiKey())
                .host(config.posthogHost())
                .build();
        this.postHog = PostHog.with(auditConfig);
    }

    public void adminAction(String adminUser, String action) {
        postHog.capture(adminUser, "catalog_admin_" + action);
    }

    @Override
    public void close() {
        postHog.close();
    }
}
