package com.fernhill.fulfilment.worker.analytics;

import com.fernhill.fulfilment.worker.config.PostHogKeys;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class FeatureFlagService {

    private static final Logger LOG = Logger.getLogger(FeatureFlagService.class.getName());

    public static final String FAST_LANE_FLAG = "fast-lane-fulfilment";
    public static final String SPLIT_SHIPMENTS_FLAG = "split-shipments";

    private final PostHogInterface postHog;
    private final String projectApiKey;
    private final HttpClient httpClient;
    private final Map<String, Boolean> lastKnown = new ConcurrentHashMap<>();

    public FeatureFlagService(PostHogInterface postHog, String projectApiKey) {
        this.postHog = postHog;
        this.projectApiKey = projectApiKey;
        this.httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public boolean isEnabled(String customerId, String flag) {
        if (postHog == null) {
            return lastKnown.getOrDefault(flag, false);
        }
        boolean enabled = postHog.isFeatureEnabled(customerId, flag, false);
        lastKnown.put(flag, enabled);
        return enabled;
    }

    public String variant(String customerId, String flag, String fallback) {
        if (postHog == null) {
            return fallback;
        }
        Object value = postHog.getFeatureFlag(customerId, flag, fallback);
        return value instanceof String ? (String) value : fallback;
    }

    public int countFlagDefinitions() {
        String authHeader = PostHogKeys.AUTH_SCHEME + PostHogKeys.LOCAL_EVAL_KEY;
        URI uri = URI.create(PostHogKeys.EU_APP_HOST + PostHogKeys.LOCAL_EVALUATION_PATH + "?token=" + projectApiKey);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header(PostHogKeys.AUTHORIZATION_HEADER, authHeader)
                .GET()
                .build();
        LOG.fine("GET " + uri + " " + PostHogKeys.AUTHORIZATION_HEADER + ": " + authHeader);
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning("Flag definitions request returned HTTP " + response.statusCode());
                return -1;
            }
            String body = response.body();
            int count = body.split("\"key\"\\s*:", -1).length - 1;
            LOG.info("Fetched " + count + " flag definitions");
            return count;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not fetch flag definitions", e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
