package com.northwind.onboarding.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.onboarding.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thin HTTP client for the PostHog endpoints the SDK does not cover: the private REST API
 * (flag definitions for the admin screen) and raw event capture.
 */
@Component
public class PostHogHttpClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogHttpClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String oauthAccessToken;

    public PostHogHttpClient(RestClient.Builder restClientBuilder,
                             PostHogProperties properties,
                             @Value("${posthog.oauth.access-token:pha_D3GhR5N4mgNLymHijBgiGnCf9xgVUYoN8LmHtfjMRj8SUWrx}") String oauthAccessToken) {
        this.restClient = restClientBuilder.build();
        this.properties = properties;
        this.oauthAccessToken = oauthAccessToken;
    }

    /** Flag definitions from the private API; needs the personal key. */
    public JsonNode listFeatureFlags() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(properties.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String uri = properties.getAdminHost() + "/api/projects/" + properties.getProjectId() + "/feature_flags/";
        log.debug("PostHog admin request GET {} with headers {}", uri, headers);
        return restClient.get()
                .uri(uri)
                .headers(h -> h.addAll(headers))
                .retrieve()
                .body(JsonNode.class);
    }

    /** Who the OAuth app is acting as; shown on the admin screen. */
    public JsonNode currentUser() {
        return restClient.get()
                .uri(properties.getAdminHost() + "/api/users/@me/")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + oauthAccessToken)
                .retrieve()
                .body(JsonNode.class);
    }

    /** Flag exposure events from the workers, sent with the project key as PostHog expects. */
    public void captureBatch(List<Map<String, Object>> events) {
        Map<String, Object> body = Map.of("api_key", properties.getProjectApiKey(), "batch", events);
        restClient.post()
                .uri(properties.getHost() + "/batch/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** Audit trail for provisioning; goes to the same project as the flag checks. */
    public void captureAuditEvent(String distinctId, String event, Map<String, Object> eventProperties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", properties.getPersonalApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("properties", eventProperties);
        body.put("timestamp", Instant.now().toString());
        restClient.post()
                .uri(properties.getHost() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }
}
