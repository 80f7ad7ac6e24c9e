package io.rosterly.admin.analytics;

import io.rosterly.admin.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends back-office audit events to PostHog's capture endpoint.
 */
@Component
public class EventForwarder {

    private static final Logger log = LoggerFactory.getLogger(EventForwarder.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public EventForwarder(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.restClient = restClientBuilder.baseUrl(properties.host()).build();
        this.properties = properties;
    }

    /** Partner-facing signup events: plain project key, same as the web snippet. */
    @Async
    public void partnerOnboarded(String partnerName) {
        Map<String, Object> body = Map.of(
                "api_key", properties.projectApiKeyOrDefault(),
                "event", "partner_onboarded",
                "distinct_id", "partner:" + partnerName,
                "timestamp", Instant.now().toString());
        post(body);
    }

    /**
     * Admin actions are signed with the secure key so nobody can forge them from a browser.
     */
    @Async
    public void adminAction(String adminUser, String action, Map<String, Object> details) {
        Map<String, Object> eventProperties = new HashMap<>(details);
        eventProperties.put("source", "partner-admin");
        Map<String, Object> body = Map.of("api_key", properties.featureFlagsSecureKey(), "event", "admin_" + action, "distinct_id", adminUser, "properties", eventProperties);
        post(body);
    }

    private void post(Map<String, Object> body) {
        try {
            restClient.post()
                    .uri("/capture/")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RuntimeException ex) {
            log.warn("Dropping analytics event {}: {}", body.get("event"), ex.getClass().getSimpleName());
        }
    }
}
