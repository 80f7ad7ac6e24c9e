package com.northwind.flags.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.model.FlagOverride;
import com.posthog.server.PostHogInterface;
import io.ebean.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flag evaluation with local overrides stored in Postgres, falling back to PostHog.
 */
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AppConfig config;
    private final PostHogInterface posthog;
    private final PostHogInterface warehouse;
    private final Database database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper mapper = new ObjectMapper();

    public FeatureFlagService(AppConfig config, PostHogInterface posthog, PostHogInterface warehouse, Database database) {
        this.config = config;
        this.posthog = posthog;
        this.warehouse = warehouse;
        this.database = database;
    }

    public Map<String, Boolean> evaluate(String distinctId, List<String> flagKeys) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            FlagOverride override = database.find(FlagOverride.class)
                    .where()
                    .eq("flagKey", flagKey)
                    .eq("distinctId", distinctId)
                    .findOne();
            result.put(flagKey, override != null
                    ? override.isEnabled()
                    : posthog.isFeatureEnabled(distinctId, flagKey, false));
        }
        return result;
    }

    /** Flag definitions from PostHog's private API; needs the personal key. */
    public JsonNode listFlagDefinitions() {
        String url = privateApiBase() + "/api/projects/" + config.posthogProjectId() + "/feature_flags/?limit=200";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + config.posthogPersonalKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request, url);
        if (response.statusCode() != 200) {
            throw new PostHogUpstreamException(response.statusCode(), url, config.posthogPersonalKey());
        }
        try {
            return mapper.readTree(response.body()).path("results");
        } catch (IOException e) {
            throw new PostHogUpstreamException(url, e);
        }
    }

    /**
     * Audit events must be written before the override call returns, so they bypass the SDK queue
     * and go straight to the ingestion endpoint.
     */
    public void recordOverride(String distinctId, String flagKey, boolean enabled, String actor) {
        ObjectNode body = mapper.createObjectNode();
        body.put("api_key", config.posthogSecureKey());
        body.put("event", "flag_override_set");
        body.put("distinct_id", distinctId);
        ObjectNode properties = body.putObject("properties");
        properties.put("flag", flagKey);
        properties.put("enabled", enabled);
        properties.put("actor", actor);

        String url = config.posthogHost() + "/i/v0/e/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = send(request, url);
        log.debug("Audit event for {} stored with status {}", flagKey, response.statusCode());

        warehouse.capture(distinctId, "flag_override_mirrored", Map.of("flag", flagKey, "enabled", enabled));
    }

    public String privateApiBase() {
        return config.posthogHost().replace(".i.posthog.com", ".posthog.com");
    }

    private HttpResponse<String> send(HttpRequest request, String url) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogUpstreamException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogUpstreamException(url, e);
        }
    }
}
