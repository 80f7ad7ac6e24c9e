package com.acme.flagportal.service;

import java.util.Map;

import com.acme.flagportal.config.PostHogKeys;
import com.posthog.java.PostHog;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AuditEventPublisher {

    private final PostHog posthog;

    public AuditEventPublisher(@Value("${posthog.host:" + PostHogKeys.DEFAULT_HOST + "}") String host) {
        this.posthog = new PostHog.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host(host)
                .build();
    }

    public void connected(String principalName, Long projectId) {
        posthog.capture(principalName, PostHogKeys.AUDIT_EVENT_CONNECTED,
                Map.<String, Object>of("project_id", projectId == null ? -1L : projectId, "source", "flag-portal"));
    }

    public void flagToggled(String principalName, long flagId, boolean active) {
        posthog.capture(principalName, "feature flag toggled",
                Map.<String, Object>of("flag_id", flagId, "active", active));
    }

    @PreDestroy
    public void shutdown() {
        posthog.shutdown();
    }
}
