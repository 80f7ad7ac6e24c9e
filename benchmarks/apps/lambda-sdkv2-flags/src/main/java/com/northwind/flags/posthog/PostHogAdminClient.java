package com.northwind.flags.posthog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Thin client for PostHog's private REST API (flag definitions, dashboards) plus the
 * audit events we send when someone changes an override.
 */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final String AUTHORIZATION = "Authorization";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final AppConfig config;
    private final String personalKey;

    public PostHogAdminClient(AppConfig config, String personalKey) {
        this.config = config;
        this.personalKey = personalKey;
    }

    /** Active flag definitions of the project, as raw JSON. */
    public String listFlags() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.posthogApiHost()
                        + "/api/projects/" + config.posthogProjectId() + "/feature_flags/?active=true"))
                .header(AUTHORIZATION, PostHogKeys.BEARER_PREFIX + personalKey)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        log.debug("GET {} with {} header", request.uri(), AUTHORIZATION);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            log.warn("PostHog API {} returned {} (request headers {})",
                    request.uri(), response.statusCode(), request.headers().map());
            throw new IOException("PostHog API returned " + response.statusCode());
        }
        return response.body();
    }

    /** Link that lets an operator open a shared dashboard export without logging in. */
    public String dashboardExportUrl(String dashboardId) {
        return config.posthogApiHost() + "/api/projects/" + config.posthogProjectId()
                + "/dashboards/" + dashboardId + "/?format=json&personal_api_key=" + personalKey;
    }

    /** Records an override change as a PostHog event (fire and forget). */
    public void captureAudit(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = Map.of("api_key", personalKey, "event", event, "distinct_id", distinctId, "properties", properties);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.posthogHost() + "/i/v0/e/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (JsonProcessingException e) {
            log.warn("Could not serialise audit event {}", event, e);
        }
    }
}
