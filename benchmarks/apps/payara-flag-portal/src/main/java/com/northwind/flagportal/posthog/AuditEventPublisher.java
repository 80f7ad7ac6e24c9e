package com.northwind.flagportal.posthog;

import com.northwind.flagportal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Sends an audit event to PostHog whenever someone changes a flag from the portal.
 */
@ApplicationScoped
public class AuditEventPublisher {

    @Inject
    PostHogSettings settings;

    private PostHogInterface auditClient;

    @PostConstruct
    void init() {
        // audit events belong to the admin org, so use the admin (personal) key here
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        auditClient = PostHog.with(config);
    }

    public void flagChanged(String actor, String flagKey, boolean active) {
        auditClient.capture(actor, "feature_flag_changed", Map.of(
                "flag_key", flagKey,
                "active", active,
                "source", "flag-portal"));
    }

    @PreDestroy
    void shutdown() {
        if (auditClient != null) {
            auditClient.close();
        }
    }
}
