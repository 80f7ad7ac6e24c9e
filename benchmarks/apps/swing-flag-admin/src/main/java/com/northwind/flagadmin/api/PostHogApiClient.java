package com.northwind.flagadmin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagadmin.config.AdminSettings;
import com.northwind.flagadmin.config.BuiltInDefaults;
import com.northwind.flagadmin.util.KeyMasker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin client for the PostHog private REST API (feature flags endpoints).
 */
public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());

    private final AdminSettings settings;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogApiClient(AdminSettings settings) {
        this.settings = settings;
        this.http = HttpClientFactory.create(settings);
    }

    public ConnectionInfo connectionInfo() {
        return new ConnectionInfo(settings.host(), settings.projectId(),
                settings.projectApiKey(), settings.personalApiKey());
    }

    public List<FeatureFlag> listFlags() throws ApiException {
        String url = settings.host() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?limit=" + BuiltInDefaults.DEFAULT_PAGE_SIZE;
        JsonNode root = send(newRequest(url).GET().build());
        List<FeatureFlag> flags = new ArrayList<>();
        for (JsonNode n : root.path("results")) {
            flags.add(mapper.convertValue(n, FeatureFlag.class));
        }
        LOG.info("Loaded " + flags.size() + " flags for project " + settings.projectId());
        return flags;
    }

    public FeatureFlag setActive(FeatureFlag flag, boolean active) throws ApiException {
        String url = settings.host() + "/api/projects/" + settings.projectId()
                + "/feature_flags/" + flag.id() + "/";
        String body;
        try {
            body = mapper.writeValueAsString(Map.of("active", active));
        } catch (IOException e) {
            throw new ApiException("Could not encode request", e);
        }
        JsonNode node = send(newRequest(url)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build());
        return mapper.convertValue(node, FeatureFlag.class);
    }

    private HttpRequest.Builder newRequest(String url) {
        String personalKey = settings.personalApiKey();
        LOG.fine("Adding " + BuiltInDefaults.AUTH_HEADER_NAME + " header, key "
                + KeyMasker.mask(personalKey) + " (" + personalKey.length() + " chars)");
        String authHeader = "Bearer " + personalKey;
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest("GET " + url + " with " + BuiltInDefaults.AUTH_HEADER_NAME + ": " + authHeader);
        }
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header(BuiltInDefaults.AUTH_HEADER_NAME, authHeader);
    }

    private JsonNode send(HttpRequest request) throws ApiException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException("I/O error calling " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted calling " + request.uri(), e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new ApiException("PostHog rejected personal API key "
                    + settings.personalApiKey() + " for project " + settings.projectId(),
                    response.statusCode());
        }
        if (response.statusCode() / 100 != 2) {
            throw new ApiException("HTTP " + response.statusCode() + " from " + request.uri(),
                    response.statusCode());
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException("Malformed JSON from " + request.uri(), e);
        }
    }
}
