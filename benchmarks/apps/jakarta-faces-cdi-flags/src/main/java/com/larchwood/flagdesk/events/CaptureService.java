package com.larchwood.flagdesk.events;

import com.larchwood.flagdesk.config.AdminApiCredentials;
import com.larchwood.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit trail of flag changes, sent to the "flagdesk-audit" PostHog project.
 */
@ApplicationScoped
public class CaptureService {

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    private PostHogInterface auditClient;
    private Client http;

    @PostConstruct
    void init() {
        auditClient = PostHog.with(PostHogConfig.builder(credentials.personalApiKey())
                .host(settings.getHost())
                .build());
        http = ClientBuilder.newClient();
    }

    @PreDestroy
    void shutdown() {
        auditClient.close();
        http.close();
    }

    public void flagToggled(String actor, String flagKey, boolean active) {
        auditClient.capture(actor, "flag toggled", Map.of("flag", flagKey, "active", active));
    }

    /** Used by the legacy CSV importer: posts a whole batch straight to /batch/. */
    public void relay(List<Map<String, Object>> events) {
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", settings.getFlagsSecureKey());
        body.put("batch", events);
        http.target(settings.getHost()).path("/batch/")
                .request()
                .post(Entity.json(body))
                .close();
    }
}
