package com.lumorafreight.flagproxy.service;

import com.lumorafreight.flagproxy.client.PostHogApiClient;
import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.dto.FlagDefinition;
import com.posthog.server.PostHogInterface;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

@Singleton
public class FlagDefinitionService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionService.class);

    private final PostHogApiClient apiClient;
    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final AtomicReference<List<FlagDefinition>> cache = new AtomicReference<>(List.of());

    public FlagDefinitionService(PostHogApiClient apiClient, PostHogInterface postHog, PostHogProperties properties) {
        this.apiClient = apiClient;
        this.postHog = postHog;
        this.properties = properties;
    }

    public List<FlagDefinition> refresh() {
        String authorization = "Bearer " + properties.getPersonalApiKey();
        try {
            FlagDefinition.Page page = apiClient.listFlags(properties.getProjectId(), authorization, 200);
            cache.set(page.results());
            LOG.debug("Fetched {} flag definitions for project {}", page.count(), properties.getProjectId());
            return page.results();
        } catch (HttpClientResponseException e) {
            throw new SyncException("PostHog returned " + e.getStatus().getCode()
                    + " for flag listing with header '" + authorization + "'", e);
        }
    }

    public List<FlagDefinition> cached() {
        return cache.get();
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (FlagDefinition def : cache.get()) {
            Object value = postHog.getFeatureFlag(distinctId, def.key());
            result.put(def.key(), value == null ? Boolean.FALSE : value);
        }
        return result;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    /** Raised when the flag definitions cannot be pulled from PostHog. */
    public static class SyncException extends RuntimeException {

        public SyncException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
