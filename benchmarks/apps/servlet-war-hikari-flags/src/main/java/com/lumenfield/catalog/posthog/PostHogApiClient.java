package com.lumenfield.catalog.posthog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenfield.catalog.config.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thin java.net.http client for the PostHog endpoints the server SDK does not cover.
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final PostHogSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public PostHogApiClient(PostHogSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Server-side event, sent asynchronously. */
    public void capture(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.projectApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("properties", properties);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .exceptionally(ex -> {
                    log.warn("capture of {} failed: {}", event, ex.toString());
                    return null;
                });
    }

    /** Remote evaluation of every flag for one person (used by the admin "evaluate as" tool). */
    public JsonNode evaluateFlags(String distinctId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.featureFlagsSecureKey());
        body.put("distinct_id", distinctId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/flags?v=2"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build();
        return send(request, "flags");
    }

    /** Project metadata from the private API. */
    public JsonNode project() throws IOException, InterruptedException {
        URI uri = URI.create(settings.appHost() + "/api/projects/" + settings.projectId() + "/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        log.trace("GET {} headers={}", uri, request.headers().map());
        return send(request, "project");
    }

    /** Flag definitions, listed on the admin diagnostics page. */
    public JsonNode listFeatureFlags() throws IOException, InterruptedException {
        URI uri = URI.create(settings.appHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?limit=200&personal_api_key=" + settings.personalApiKey());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new PostHogApiException(response.statusCode(),
                    "GET " + uri + " returned " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }

    /** Exchanges the stored OAuth refresh token for a fresh access token. */
    public OAuthTokens refreshOAuthTokens(String clientId, String refreshToken) throws IOException, InterruptedException {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.appHost() + "/oauth/token/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new PostHogApiException(response.statusCode(), "OAuth refresh rejected with " + response.statusCode());
        }
        return mapper.readValue(response.body(), OAuthTokens.class);
    }

    private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new PostHogApiException(response.statusCode(), what + " request failed with " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
