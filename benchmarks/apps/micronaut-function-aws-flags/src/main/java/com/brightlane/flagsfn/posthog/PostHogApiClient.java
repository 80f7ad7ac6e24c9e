package com.brightlane.flagsfn.posthog;

import com.brightlane.flagsfn.config.PostHogKeys;
import com.brightlane.flagsfn.config.PostHogSettings;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog endpoints the SDK does not cover: the private
 * feature-flag API (admin diagnostics) and raw capture of forced evaluations.
 */
@Singleton
public class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final PostHogSettings settings;
    private final JsonMapper jsonMapper;

    public PostHogApiClient(PostHogSettings settings, JsonMapper jsonMapper) {
        this.settings = settings;
        this.jsonMapper = jsonMapper;
    }

    public String listFeatureFlags() {
        String personalApiKey = resolvePersonalKey();
        URI uri = URI.create(settings.getAppHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?active=true&limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .timeout(TIMEOUT)
                .GET()
                .build();
        LOG.debug("GET {} headers={}", uri, request.headers().map());

        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new PostHogApiException(response.statusCode(), "PostHog rejected personal key "
                    + personalApiKey + " for project " + settings.getProjectId());
        }
        return response.body();
    }

    /**
     * Forced (QA override) values never reach the SDK, so we record the
     * $feature_flag_called event ourselves.
     */
    public void captureForcedEvaluation(String distinctId, String flagKey, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api_key", settings.getPersonalApiKey());
        body.put("event", "$feature_flag_called");
        body.put("distinct_id", distinctId);
        body.put("properties", Map.of(
                "$feature_flag", flagKey,
                "$feature_flag_response", value,
                "forced", true));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getHost() + "/i/v0/e/"))
                    .header("Content-Type", "application/json")
                    .timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(jsonMapper.writeValueAsString(body)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            LOG.warn("Could not serialise capture for flag {}", flagKey, e);
        }
    }

    private String resolvePersonalKey() {
        String key = settings.getPersonalApiKey();
        if (key == null || key.isBlank()) {
            LOG.warn("{} is not set, falling back to the break-glass key",
                    PostHogKeys.PERSONAL_API_KEY_PROPERTY);
            return PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.ROTATION_FALLBACK_BODY;
        }
        return key;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog API unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted calling " + request.uri(), e);
        }
    }
}
