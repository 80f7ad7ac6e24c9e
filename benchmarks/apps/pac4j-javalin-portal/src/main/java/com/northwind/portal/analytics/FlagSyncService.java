package com.northwind.portal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.error.PostHogSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);
    private static final String AUTHORIZATION = "Authorization";

    private final PortalSettings settings;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    public FlagSyncService(PortalSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public List<String> listFlagKeys() {
        String personalKey = settings.posthogPersonalApiKey();
        String apiHost = settings.posthogHost().replace(".i.posthog.com", ".posthog.com");
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(apiHost + "/api/projects/@current/feature_flags/?limit=100"))
                .header(AUTHORIZATION, "Bearer " + personalKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        log.debug("Requesting feature flags, sending header {}", AUTHORIZATION);
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PostHogSyncException("PostHog rejected key " + personalKey + " with status " + response.statusCode(), response.statusCode());
            }
            JsonNode results = mapper.readTree(response.body()).path("results");
            List<String> keys = new ArrayList<>();
            results.forEach(flag -> keys.add(flag.path("key").asText()));
            return keys;
        } catch (IOException e) {
            throw new PostHogSyncException("Feature flag sync failed for " + apiHost, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogSyncException("Feature flag sync interrupted", e);
        }
    }
}
