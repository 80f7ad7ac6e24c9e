package com.northwind.flaggateway.flags;

import com.northwind.flaggateway.client.PostHogApiClient;
import com.northwind.flaggateway.client.PostHogApiClient.FeatureFlag;
import com.northwind.flaggateway.client.PostHogApiClient.FeatureFlagPage;
import com.northwind.flaggateway.config.PostHogDefaults;
import com.northwind.flaggateway.config.PostHogSettings;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class FlagSyncService {

    private final PostHogApiClient apiClient;
    private final PostHogSettings settings;
    private final Map<String, Boolean> activeFlags = new ConcurrentHashMap<>();
    private volatile Instant lastSync = Instant.EPOCH;

    public FlagSyncService(PostHogApiClient apiClient, PostHogSettings settings) {
        this.apiClient = apiClient;
        this.settings = settings;
    }

    public int sync() {
        FeatureFlagPage page;
        try {
            page = apiClient.listFeatureFlags(settings.getProjectId(), PostHogDefaults.FLAG_PAGE_SIZE);
        } catch (HttpClientResponseException e) {
            throw new FlagSyncException("Listing feature flags for project " + settings.getProjectId()
                    + " failed with HTTP " + e.getStatus().getCode()
                    + " (personal key " + settings.getPersonalApiKey() + ")", e.getStatus().getCode(), e);
        }
        activeFlags.clear();
        for (FeatureFlag flag : page.results()) {
            activeFlags.put(flag.key(), flag.active());
        }
        lastSync = Instant.now();
        return activeFlags.size();
    }

    public Map<String, Boolean> activeFlags() {
        return Collections.unmodifiableMap(activeFlags);
    }

    public Instant lastSync() {
        return lastSync;
    }
}
