package com.acme.flagevents.posthog;

import com.acme.flagevents.config.PostHogConstants;
import com.acme.flagevents.config.PostHogSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Thin client for PostHog's private API: reads the flag definitions of the project.
 */
public class PostHogFlagsApi {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagsApi.class);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper mapper;
    private final String projectId;
    private final String personalApiKey;

    public PostHogFlagsApi(PostHogSettings settings, ObjectMapper mapper, String projectId) {
        this.mapper = mapper;
        this.projectId = projectId;
        this.personalApiKey = settings.getPersonalApiKey();
    }

    public JsonNode fetchDefinitions() {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(PostHogConstants.PRIVATE_API_HOST + "/api/projects/" + projectId + "/feature_flags/"))
                .header("Authorization", "Bearer " + personalApiKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        log.debug("GET {} headers={}", request.uri(), request.headers());

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("interrupted while fetching flags", e);
        }

        if (response.statusCode() == 401 || response.statusCode() == 403) {
            String reason = "PostHog rejected personal API key " + personalApiKey + " for project " + projectId;
            throw new FlagSyncException(reason, response.statusCode());
        }
        try {
            return mapper.readTree(response.body()).path("results");
        } catch (IOException e) {
            throw new FlagSyncException("unreadable flag payload", e);
        }
    }
}
