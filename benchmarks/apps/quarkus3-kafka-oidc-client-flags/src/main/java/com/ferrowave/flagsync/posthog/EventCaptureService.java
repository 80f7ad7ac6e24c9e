package com.ferrowave.flagsync.posthog;

import com.ferrowave.flagsync.config.PostHogSettings;
import com.ferrowave.flagsync.messaging.FlagChangeEvent;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Captures audit events for applied flag changes. Uses its own client so audit events
 * are flushed right away instead of waiting for the batch of the main client.
 */
@ApplicationScoped
public class EventCaptureService {

    @Inject
    PostHogSettings settings;

    private PostHogInterface auditClient;

    @PostConstruct
    void init() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .flushAt(1)
                .build();
        auditClient = PostHog.with(config);
    }

    public void flagChanged(FlagChangeEvent event) {
        auditClient.capture(event.actorId(), "feature_flag_changed", Map.of(
                "flag_key", event.flagKey(),
                "flag_id", event.flagId(),
                "active", event.active(),
                "source", "flag-sync"));
    }

    @PreDestroy
    void shutdown() {
        auditClient.close();
    }
}
