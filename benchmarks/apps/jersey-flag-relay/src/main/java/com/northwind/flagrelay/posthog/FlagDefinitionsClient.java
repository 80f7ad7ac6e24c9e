package com.northwind.flagrelay.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagrelay.config.RelayConfig;
import com.northwind.flagrelay.error.FlagSyncException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Fetches the flag definitions (the same document the SDK polls) so the relay can push
 * changes to browsers over the WebSocket.
 */
@Singleton
public class FlagDefinitionsClient {

    private static final Logger LOG = LogManager.getLogger(FlagDefinitionsClient.class);

    private final RelayConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    public FlagDefinitionsClient(RelayConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    public JsonNode fetchDefinitions() {
        String personalApiKey = config.getPersonalApiKey();
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(config.getPostHogHost() + "/api/feature_flag/local_evaluation/?token="
                        + config.getProjectApiKey() + "&send_cohorts"))
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.debug("-> {} {} {}", request.method(), request.uri(), request.headers());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FlagSyncException("PostHog answered " + response.statusCode()
                        + " to local evaluation with key " + personalApiKey, response.statusCode());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new FlagSyncException("flag definitions unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("interrupted while fetching flag definitions", e);
        }
    }
}
