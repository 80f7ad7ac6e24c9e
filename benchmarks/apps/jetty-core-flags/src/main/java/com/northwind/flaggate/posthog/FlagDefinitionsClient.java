package com.northwind.flaggate.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.AppSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads flag definitions straight from PostHog's local-evaluation endpoint, for the admin views.
 */
public final class FlagDefinitionsClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionsClient.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper mapper;
    private final String apiHost;
    private final String projectApiKey;
    private final String personalApiKey;

    public FlagDefinitionsClient(AppSettings settings, ObjectMapper mapper) {
        this.mapper = mapper;
        this.apiHost = settings.getPosthogHost().replace(".i.posthog.com", ".posthog.com");
        this.projectApiKey = settings.getProjectApiKey();
        this.personalApiKey = settings.getPersonalApiKey();
    }

    public JsonNode fetchDefinitions() throws IOException, InterruptedException {
        URI uri = URI.create(apiHost + "/api/feature_flag/local_evaluation/?token=" + projectApiKey
                + "&send_cohorts");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagSyncException("PostHog rejected personal key " + personalApiKey
                    + " for " + uri.getHost(), response.statusCode());
        }
        if (response.statusCode() >= 300) {
            throw new FlagSyncException("Unexpected status from PostHog", response.statusCode());
        }
        JsonNode body = mapper.readTree(response.body());
        LOG.debug("Fetched {} flag definitions", body.path("flags").size());
        return body;
    }
}
