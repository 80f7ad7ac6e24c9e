package com.acme.flags;

import com.acme.flags.http.PostHogApiException;
import com.acme.flags.http.PostHogRestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade that other Acme teams use to evaluate feature flags.
 */
public class FlagClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagClient.class);

    private final PostHogInterface posthog;
    private final PostHogRestClient rest;
    private final FlagClientSettings settings;
    private final AtomicReference<Map<String, JsonNode>> definitions = new AtomicReference<>(Collections.emptyMap());
    private volatile Instant lastRefresh;

    FlagClient(PostHogInterface posthog, PostHogRestClient rest, FlagClientSettings settings) {
        this.posthog = posthog;
        this.rest = rest;
        this.settings = settings;
    }

    public static FlagClientBuilder builder() {
        return new FlagClientBuilder();
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Object variant(String flagKey, String distinctId) {
        return posthog.getFeatureFlag(distinctId, flagKey, null);
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> result = new HashMap<>();
        for (String flagKey : definitions.get().keySet()) {
            result.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey, null));
        }
        return result;
    }

    public void capture(String distinctId, String event) {
        posthog.capture(distinctId, event);
    }

    public int refreshDefinitions() {
        if (settings.getProjectId() <= 0) {
            log.debug("No project id configured for project {}, skipping definition refresh",
                    settings.getProjectApiKey());
            return 0;
        }
        try {
            Map<String, JsonNode> fresh = rest.listFeatureFlags(settings.getProjectId());
            definitions.set(Collections.unmodifiableMap(fresh));
            lastRefresh = Instant.now();
            log.info("Loaded {} flag definitions for project {}", fresh.size(), settings.getProjectId());
            return fresh.size();
        } catch (PostHogApiException e) {
            log.error("Could not refresh flag definitions (status {}): {}", e.getStatusCode(), e.getMessage());
            return definitions.get().size();
        }
    }

    public ClientDiagnostics diagnostics() {
        return new ClientDiagnostics(
                settings.getHost(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.isLocalEvaluation(),
                settings.getPollIntervalSeconds(),
                definitions.get().size(),
                lastRefresh);
    }

    public FlagClientSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        log.info("Closing flag client for project {}", settings.getProjectApiKey());
        posthog.flush();
        posthog.close();
    }
}
