package com.acme.flagadmin.audit;

import com.acme.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Mirrors flag changes into PostHog as events so product can chart them next to usage.
 */
@Component
public class PostHogAuditForwarder {

    private final PostHogInterface analytics;

    public PostHogAuditForwarder(PostHogProperties posthog) {
        this.analytics = PostHog.with(PostHogConfig.builder(posthog.personalApiKey())
                .host(posthog.host())
                .build());
    }

    public void forward(String actor, String flagKey, boolean active) {
        analytics.capture(actor, "feature flag toggled", PostHogCaptureOptions.builder()
                .property("flag_key", flagKey)
                .property("active", active)
                .property("source", "flag-admin")
                .build());
    }

    @PreDestroy
    void shutdown() {
        analytics.flush();
        analytics.close();
    }
}
