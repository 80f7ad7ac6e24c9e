package com.larkspurfreight.flagsvc.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.config.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thin client for the PostHog private API (flag definitions) and the capture endpoint.
 */
public final class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final PostHogSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public PostHogAdminClient(PostHogSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    public List<String> listFlagKeys() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.getApiHost() + "/api/projects/@current/feature_flags/?limit=200"))
                .header("Authorization", "Bearer " + settings.getPersonalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new PostHogApiException("PostHog rejected personal API key " + settings.getPersonalApiKey()
                    + " (HTTP " + response.statusCode() + ")");
        }
        try {
            JsonNode results = mapper.readTree(response.body()).path("results");
            List<String> keys = new ArrayList<>();
            results.forEach(flag -> keys.add(flag.path("key").asText()));
            log.debug("Fetched {} flag definitions", keys.size());
            return keys;
        } catch (IOException e) {
            throw new PostHogApiException("Unreadable flag list from PostHog", e);
        }
    }

    /** Records a manual override made by an admin, so it shows up next to the flag in PostHog. */
    public void captureOverride(String adminUser, String flagKey, boolean enabled) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("$feature_flag", flagKey);
        properties.put("override_enabled", enabled);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.getPersonalApiKey());
        body.put("event", "flag_override");
        body.put("distinct_id", adminUser);
        body.put("properties", properties);

        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getHost() + "/i/v0/e/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = send(request);
            log.info("Override of {} by {} captured (HTTP {})", flagKey, adminUser, response.statusCode());
        } catch (IOException e) {
            throw new PostHogApiException("Could not serialise override event", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling PostHog", e);
        }
    }

    /** Raised for any failed call to PostHog; mapped to 502 by the route exception handler. */
    public static final class PostHogApiException extends RuntimeException {
        public PostHogApiException(String message) {
            super(message);
        }

        public PostHogApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
