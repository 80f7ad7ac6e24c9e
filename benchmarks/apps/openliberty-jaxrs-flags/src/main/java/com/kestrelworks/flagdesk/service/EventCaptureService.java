package com.kestrelworks.flagdesk.service;

import com.kestrelworks.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Captures "$feature_flag_called" style audit events into the internal analytics project.
 */
@ApplicationScoped
public class EventCaptureService {

    @Inject
    PostHogSettings settings;

    private PostHogInterface auditClient;

    @PostConstruct
    void init() {
        // the audit project has no public key of its own; reuse the admin credential
        PostHogConfig auditConfig = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        auditClient = PostHog.with(auditConfig);
    }

    public void flagEvaluated(String distinctId, String flagKey, boolean enabled) {
        auditClient.capture(distinctId, "flag_evaluated",
                Map.of("flag", flagKey, "enabled", enabled, "source", "flagdesk"));
    }

    @PreDestroy
    void shutdown() {
        if (auditClient != null) {
            auditClient.close();
        }
    }
}
