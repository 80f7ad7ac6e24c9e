package com.acme.flags.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small client for the private PostHog REST API (feature flags, current user).
 */
public final class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final String AUTHORIZATION = "Authorization";

    private final PostHogCredentials credentials;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogApiClient(PostHogCredentials credentials) {
        this.credentials = credentials;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public List<FeatureFlag> listFeatureFlags() {
        URI uri = URI.create(credentials.privateApiHost() + "/api/projects/"
                + credentials.getProjectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(AUTHORIZATION, "Bearer " + credentials.getPersonalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        LOG.debug("Sending {} header to {}", AUTHORIZATION, uri.getHost());
        LOG.trace("Request headers: {}", request.headers().map());

        JsonNode body = send(request);
        List<FeatureFlag> flags = new ArrayList<>();
        for (JsonNode node : body.path("results")) {
            flags.add(new FeatureFlag(
                    node.path("id").asLong(),
                    node.path("key").asText(),
                    node.path("name").asText(),
                    node.path("active").asBoolean(),
                    node.path("rollout_percentage").asInt(100)));
        }
        return flags;
    }

    /** Returns the e-mail of the user who owns the personal API key. */
    public String whoAmI() {
        URI uri = URI.create(credentials.privateApiHost() + "/api/users/@me/");
        String authHeader = "Bearer " + credentials.getPersonalApiKey();
        LOG.debug("GET {} with Authorization: {}", uri, authHeader);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(AUTHORIZATION, authHeader)
                .GET()
                .build();
        return send(request).path("email").asText();
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog request to " + request.uri().getHost() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw rejected(status);
        }
        if (status >= 400) {
            throw new PostHogApiException("PostHog answered HTTP " + status + " for " + request.uri().getPath(), status);
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new PostHogApiException("Unreadable PostHog response", e);
        }
    }

    private PostHogApiException rejected(int status) {
        return new PostHogApiException("PostHog rejected personal API key " + credentials.getPersonalApiKey()
                + " for project " + credentials.getProjectId() + " (HTTP " + status + ")", status);
    }
}
