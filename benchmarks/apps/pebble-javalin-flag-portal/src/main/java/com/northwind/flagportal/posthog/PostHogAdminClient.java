package com.northwind.flagportal.posthog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.model.FlagView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Thin client for PostHog's private REST API (feature flag CRUD) plus the capture endpoint.
 */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper mapper;
    private final String appHost;
    private final String ingestHost;
    private final long projectId;
    private final String personalApiKey;
    private final String bearer;

    public PostHogAdminClient(PortalConfig config, ObjectMapper mapper) {
        this.mapper = mapper;
        this.appHost = config.posthogAppHost();
        this.ingestHost = config.posthogHost();
        this.projectId = config.posthogProjectId();
        this.personalApiKey = config.personalApiKey();
        this.bearer = config.oauthToken() != null ? config.oauthToken() : config.personalApiKey();
        log.info("PostHog admin API at {} for project {} (oauth={})", appHost, projectId, config.oauthToken() != null);
    }

    public void updateFlag(FlagView flag) {
        if (flag.posthogId() == null) {
            log.info("Flag {} is not linked to a PostHog flag yet, skipping push", flag.key());
            return;
        }
        URI uri = URI.create(appHost + "/api/projects/" + projectId + "/feature_flags/" + flag.posthogId() + "/");
        Map<String, Object> rollout = Map.of("properties", List.of(), "rollout_percentage", flag.rolloutPercentage());
        String body = json(Map.of("name", flag.name(), "active", flag.enabled(), "filters", Map.of("groups", List.of(rollout))));

        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new PostHogUpstreamException(response.statusCode(),
                    "PATCH " + uri + " returned " + response.statusCode() + " for Bearer " + bearer + ": " + response.body());
        }
        log.info("Pushed flag {} (PostHog id {}) active={}", flag.key(), flag.posthogId(), flag.enabled());
    }

    public void captureAudit(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = Map.of("api_key", personalApiKey, "event", event, "distinct_id", distinctId, "properties", properties);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestHost + "/i/v0/e/"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(payload)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            log.warn("Audit event {} for {} was not accepted: HTTP {}", event, distinctId, response.statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogUpstreamException("PostHog request to " + request.uri().getHost() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogUpstreamException("Interrupted while calling PostHog", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise PostHog payload", e);
        }
    }
}
