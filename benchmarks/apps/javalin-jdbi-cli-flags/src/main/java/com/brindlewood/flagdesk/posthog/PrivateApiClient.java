package com.brindlewood.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Calls PostHog's private REST API (feature flag definitions) with a personal API key.
 * Used by the web service and by the flagdesk-admin CLI.
 */
public class PrivateApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;
    private final String projectId;
    private final String personalApiKey;
    private final boolean verbose;

    public PrivateApiClient(String baseUrl, String projectId, String personalApiKey, boolean verbose) {
        this.baseUrl = baseUrl;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.verbose = verbose;
    }

    public List<FlagDefinition> listFlags() {
        URI uri = URI.create(baseUrl + "/api/projects/" + projectId + "/feature_flags/?limit=200");
        String body = get(uri);
        try {
            Page<FlagDefinition> page = mapper.readValue(body, new TypeReference<Page<FlagDefinition>>() { });
            return page.results();
        } catch (IOException e) {
            throw new PostHogApiException("Unparseable flag list from " + uri, e);
        }
    }

    /** Sends one synthetic event so the CLI can verify ingestion end to end. */
    public void sendCapture(String ingestHost, String event, String distinctId) {
        Map<String, Object> payload = Map.of("api_key", personalApiKey, "event", event, "distinct_id", distinctId);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestHost + "/i/v0/e/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(payload)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new PostHogApiException("Capture rejected: HTTP " + response.statusCode(), response.statusCode());
            }
        } catch (IOException e) {
            throw new PostHogApiException("Capture failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Capture interrupted", e);
        }
    }

    public String describe() {
        return "PrivateApiClient[base=" + baseUrl + ", project=" + projectId + ", key=" + personalApiKey + "]";
    }

    private String get(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        builder.header("Authorization", "Bearer " + personalApiKey);
        if (verbose) {
            System.err.println("> GET " + uri + "\n> Authorization: Bearer " + personalApiKey);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new PostHogApiException("PostHog rejected " + uri.getPath() + " (HTTP " + response.statusCode() + ") for key " + personalApiKey, response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new PostHogApiException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("GET " + uri + " interrupted", e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> results, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(long id, String key, String name, boolean active,
                                 @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
