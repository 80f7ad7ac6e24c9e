package com.acme.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Sends an audit event to PostHog whenever an operator changes a flag.
 */
@Singleton
public class AuditTrail {

    private final PostHogInterface auditClient;

    public AuditTrail(@Property(name = PostHogKeys.PERSONAL_KEY_PROPERTY) String adminKey,
                      @Property(name = "posthog.host") String host) {
        // audit events are attributed to the admin tooling key
        PostHogConfig config = PostHogConfig.builder(adminKey)
                .host(host)
                .build();
        this.auditClient = PostHog.with(config);
    }

    public void flagChanged(String operator, String flagKey, boolean active) {
        auditClient.capture(operator, "feature_flag_toggled",
                Map.of("flag_key", flagKey, "active", active, "source", "flag-admin"));
    }

    @PreDestroy
    void close() {
        auditClient.close();
    }
}
