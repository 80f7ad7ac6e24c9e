package com.tidewaterlabs.flaggateway.analytics;

import com.posthog.java.PostHog;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;

@Singleton
public class EventCapture {

    private final PostHog productClient;
    private final PostHog auditClient;

    public EventCapture(PostHogProperties properties, PostHogKeyResolver keyResolver) {
        this.productClient = new PostHog.Builder(properties.getProjectApiKey()).host(properties.getHost()).build();
        this.auditClient = new PostHog.Builder(keyResolver.resolve().personalApiKey()).host(properties.getHost()).build();
    }

    public void flagEvaluated(String distinctId, String flagKey, boolean enabled) {
        productClient.capture(distinctId, "$feature_flag_called",
                Map.of("$feature_flag", flagKey, "$feature_flag_response", enabled));
    }

    public void adminAction(String adminUser, String action) {
        auditClient.capture(adminUser, "admin_action", Map.of("action", action, "service", "flag-gateway"));
    }

    @PreDestroy
    public void close() {
        productClient.shutdown();
        auditClient.shutdown();
    }
}
