package com.northwind.flags.functions.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads the raw flag definitions from PostHog for the admin dashboard. The SDK does the same
 * call internally but does not expose the payload.
 */
public class LocalEvaluationClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;
    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;

    public LocalEvaluationClient(String host, String projectApiKey, String personalApiKey) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
    }

    public JsonNode fetchDefinitions() {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey + "&send_cohorts"))
                .header("Authorization", "Bearer " + personalApiKey)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FlagSyncException(response.statusCode(),
                        "local_evaluation returned " + response.statusCode() + " for personal key " + personalApiKey);
            }
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new FlagSyncException("local_evaluation request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("local_evaluation request interrupted", e);
        }
    }
}
