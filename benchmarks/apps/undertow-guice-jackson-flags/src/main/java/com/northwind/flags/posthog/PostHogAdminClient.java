package com.northwind.flags.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Thin client for PostHog's private REST API (feature flag definitions) and the capture endpoint.
 */
@Singleton
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    public record FlagDefinition(long id, String key, boolean active, int rolloutPercentage) {
    }

    private final AppConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;

    @Inject
    public PostHogAdminClient(AppConfig config, HttpClient http, ObjectMapper mapper) {
        this.config = config;
        this.http = http;
        this.mapper = mapper;
    }

    public List<FlagDefinition> listFlags() {
        String personalApiKey = config.posthogPersonalApiKey();
        URI uri = URI.create(config.posthogAdminHost() + "/api/projects/" + config.posthogProjectId()
                + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        log.debug("GET {} headers={}", uri, request.headers().map());

        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PostHogSyncException("PostHog rejected personal key " + personalApiKey
                        + " for project " + config.posthogProjectId(), response.statusCode());
            }
            JsonNode results = mapper.readTree(response.body()).path("results");
            List<FlagDefinition> flags = new ArrayList<>();
            for (JsonNode node : results) {
                flags.add(new FlagDefinition(
                        node.path("id").asLong(),
                        node.path("key").asText(),
                        node.path("active").asBoolean(),
                        node.path("rollout_percentage").asInt(100)));
            }
            return flags;
        } catch (IOException e) {
            throw new PostHogSyncException("Could not reach " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogSyncException("Interrupted while listing flags", e);
        }
    }

    /** Records a server-side audit event when flag definitions changed. */
    public void captureSyncEvent(String distinctId, int changedFlags) throws IOException, InterruptedException {
        Map<String, Object> payload = Map.of(
                "api_key", config.posthogPersonalApiKey(),
                "event", "flags_synced",
                "distinct_id", distinctId,
                "timestamp", Instant.now().toString(),
                "properties", Map.of("changed_flags", changedFlags));
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.posthogHost() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(payload)))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        log.debug("capture flags_synced -> {}", response.statusCode());
    }
}
