package com.northwind.ledgersync.service;

import com.northwind.ledgersync.client.PostHogApiClient;
import com.northwind.ledgersync.config.PostHogProperties;
import com.northwind.ledgersync.web.dto.FlagBootstrapResponse;
import com.posthog.server.PostHogInterface;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface postHog;
    private final PostHogApiClient postHogApiClient;
    private final PostHogProperties properties;

    public FeatureFlagService(PostHogInterface postHog, PostHogApiClient postHogApiClient, PostHogProperties properties) {
        this.postHog = postHog;
        this.postHogApiClient = postHogApiClient;
        this.properties = properties;
    }

    @CircuitBreaker(name = "posthogFlags", fallbackMethod = "flagDefault")
    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey);
    }

    @Retry(name = "posthogApi")
    @CircuitBreaker(name = "posthogFlags", fallbackMethod = "noActiveFlags")
    public List<String> activeFlagKeys() {
        return postHogApiClient.listFeatureFlags(properties.projectId(), 200).results().stream()
                .filter(PostHogApiClient.FeatureFlag::active)
                .map(PostHogApiClient.FeatureFlag::key)
                .toList();
    }

    public FlagBootstrapResponse bootstrap(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flagKey : activeFlagKeys()) {
            flags.put(flagKey, postHog.isFeatureEnabled(distinctId, flagKey));
        }
        return new FlagBootstrapResponse(
                properties.projectApiKey(),
                properties.host(),
                distinctId,
                flags,
                properties.featureFlagsSecureApiKey());
    }

    public void recordExposure(String distinctId, String flagKey, boolean enabled) {
        Map<String, Object> event = Map.of(
                "api_key", properties.projectApiKey(),
                "event", "$feature_flag_called",
                "distinct_id", distinctId,
                "properties", Map.of("$feature_flag", flagKey, "$feature_flag_response", enabled));
        postHogApiClient.capture(event);
    }

    private boolean flagDefault(String distinctId, String flagKey, Throwable failure) {
        log.warn("Flag {} unavailable for {}, serving default; PostHog settings {}", flagKey, distinctId, properties, failure);
        return false;
    }

    private List<String> noActiveFlags(Throwable failure) {
        log.warn("Could not list PostHog flags for project {}: {}", properties.projectId(), failure.getClass().getSimpleName());
        return List.of();
    }
}
