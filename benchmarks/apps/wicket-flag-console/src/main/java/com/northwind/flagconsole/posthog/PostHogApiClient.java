package com.northwind.flagconsole.posthog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagconsole.config.PostHogSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;

/**
 * Thin client for PostHog's private REST API (feature flag CRUD), authenticated with
 * the team's personal API key.
 */
@Service
public class PostHogApiClient {

    private static final Logger LOG = LogManager.getLogger(PostHogApiClient.class);

    public static final String AUTH_HEADER = "Authorization";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final ApiCredentials credentials;
    private final long projectId;

    public PostHogApiClient(PostHogSettings settings, ObjectMapper mapper) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.mapper = mapper;
        this.credentials = settings.credentials();
        this.projectId = settings.getProjectId();
        LOG.debug("PostHog API client configured with {}", credentials);
    }

    public List<FlagDefinition> listFlags() {
        HttpRequest request = authorized("/api/projects/" + projectId + "/feature_flags/?limit=200")
                .GET()
                .build();
        JsonNode page = send(request);
        return mapper.convertValue(page.path("results"), new TypeReference<List<FlagDefinition>>() { });
    }

    public FlagDefinition setActive(long flagId, boolean active) {
        String body = "{\"active\":" + active + "}";
        HttpRequest request = authorized("/api/projects/" + projectId + "/feature_flags/" + flagId + "/")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return mapper.convertValue(send(request), FlagDefinition.class);
    }

    private HttpRequest.Builder authorized(String path) {
        LOG.trace("Attaching {} header to {}", AUTH_HEADER, path);
        return HttpRequest.newBuilder(URI.create(credentials.host() + path))
                .timeout(Duration.ofSeconds(10))
                .header(AUTH_HEADER, "Bearer " + credentials.personalApiKey());
    }

    private JsonNode send(HttpRequest request) {
        LOG.debug("PostHog {} {} headers={}", request.method(), request.uri(), request.headers());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                String detail = "PostHog rejected personal API key " + credentials.personalApiKey()
                        + " for project " + projectId;
                throw new PostHogApiException(detail, response.statusCode());
            }
            if (response.statusCode() >= 400) {
                throw new PostHogApiException("PostHog API error " + response.statusCode(), response.statusCode());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog API unreachable at " + credentials.host(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling PostHog", e);
        }
    }
}
