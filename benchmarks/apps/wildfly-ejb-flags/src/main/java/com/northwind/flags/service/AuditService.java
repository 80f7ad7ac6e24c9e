package com.northwind.flags.service;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends "flag_sync_completed" events to PostHog so the platform team can chart sync health.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    PostHogSettings settings;

    private PostHogInterface analytics;
    private PostHogInterface opsAnalytics;

    @PostConstruct
    void init() {
        // the ops project only accepts events sent with the bot account's key
        PostHogConfig opsConfig = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        opsAnalytics = PostHog.with(opsConfig);

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getProjectApiKey())
                .build();
        analytics = PostHog.with(config);
    }

    public void syncCompleted(long projectId, int flagCount) {
        PostHogCaptureOptions options = PostHogCaptureOptions.builder()
                .property("project_id", projectId)
                .property("flag_count", flagCount)
                .build();
        analytics.capture("flag-sync-service", "flag_sync_completed", options);
        opsAnalytics.capture("flag-sync-service", "flag_sync_completed", options);
    }

    @PreDestroy
    void shutdown() {
        analytics.close();
        opsAnalytics.close();
    }
}
