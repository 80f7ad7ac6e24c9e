package com.lumen.flags.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumen.flags.config.PostHogSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog private API (feature flag CRUD) and the capture endpoint.
 */
public final class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final PostHogSettings settings;

    public PostHogAdminClient(PostHogSettings settings) {
        this.settings = settings;
    }

    public JsonNode listFlags() throws IOException, InterruptedException {
        URI uri = URI.create(settings.apiBase() + "/api/projects/" + settings.projectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new PostHogApiException("GET " + uri + " returned " + response.statusCode()
                    + " for key " + settings.personalApiKey(), response.statusCode());
        }
        return json.readTree(response.body());
    }

    public void setActive(long flagId, boolean active) throws IOException, InterruptedException {
        URI uri = URI.create(settings.apiBase() + "/api/projects/" + settings.projectId() + "/feature_flags/" + flagId + "/");
        log.debug("PATCH {} active={} (Bearer {})", uri, active, settings.personalApiKey());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("active", active))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new PostHogApiException("PATCH flag " + flagId + " returned " + response.statusCode(), response.statusCode());
        }
    }

    /** Audit events for flag changes, sent straight to the ingestion endpoint. */
    public void captureAudit(String distinctId, String event) {
        try {
            String body = json.writeValueAsString(Map.of("api_key", settings.personalApiKey(), "event", event, "distinct_id", distinctId));
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
