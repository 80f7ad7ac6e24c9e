package com.acme.flaginfra.functions.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.acme.flaginfra.functions.config.FlagConfig;
import com.acme.flaginfra.functions.util.KeyMasker;
import com.posthog.server.PostHogInterface;

/** Evaluates every active flag of the project for one distinct id. */
public class FeatureFlagService {

    private static final Logger LOG = LogManager.getLogger(FeatureFlagService.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, List<String>> FLAG_KEYS_BY_CREDENTIAL = new ConcurrentHashMap<>();

    private final FlagConfig config;
    private final PostHogInterface posthog;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    public FeatureFlagService(FlagConfig config, PostHogInterface posthog) {
        this.config = config;
        this.posthog = posthog;
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : activeFlagKeys()) {
            values.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey));
        }
        return values;
    }

    private List<String> activeFlagKeys() {
        String personalKey = config.getPersonalApiKey();
        String cacheKey = KeyMasker.hashForCache(personalKey);
        LOG.debug("Flag key cache lookup for credential {}", cacheKey);
        return FLAG_KEYS_BY_CREDENTIAL.computeIfAbsent(cacheKey, k -> fetchFlagKeys(personalKey));
    }

    private List<String> fetchFlagKeys(String personalKey) {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(config.getHost().replace(".i.posthog.com", ".posthog.com")
                        + "/api/projects/@current/feature_flags/?active=true&limit=200"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + personalKey)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FlagSyncException("Feature flag list rejected (HTTP " + response.statusCode()
                        + ") for personal key " + personalKey, response.statusCode());
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode flag : MAPPER.readTree(response.body()).path("results")) {
                keys.add(flag.path("key").asText());
            }
            return keys;
        } catch (IOException e) {
            throw new FlagSyncException("PostHog API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Interrupted while listing flags", e);
        }
    }
}
