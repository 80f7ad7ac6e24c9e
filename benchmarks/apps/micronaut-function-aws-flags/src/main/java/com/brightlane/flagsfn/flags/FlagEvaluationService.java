package com.brightlane.flagsfn.flags;

import com.brightlane.flagsfn.config.PostHogKeys;
import com.brightlane.flagsfn.config.PostHogSettings;
import com.brightlane.flagsfn.posthog.PostHogApiClient;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public class FlagEvaluationService {

    private final PostHogInterface postHog;
    private final FlagCacheRepository cache;
    private final PostHogApiClient postHogApi;
    private final PostHogSettings settings;

    public FlagEvaluationService(PostHogInterface postHog,
                                 FlagCacheRepository cache,
                                 PostHogApiClient postHogApi,
                                 PostHogSettings settings) {
        this.postHog = postHog;
        this.cache = cache;
        this.postHogApi = postHogApi;
        this.settings = settings;
    }

    public Map<String, Object> evaluate(String distinctId, List<String> flagKeys,
                                        Map<String, String> overrides, String sessionToken) {
        if (overrides.isEmpty()) {
            Optional<Map<String, Object>> cached = cache.find(distinctId);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            if (flagKey.isBlank()) {
                continue;
            }
            if (overrides.containsKey(flagKey)) {
                Object forced = parseOverride(overrides.get(flagKey));
                result.put(flagKey, forced);
                postHogApi.captureForcedEvaluation(distinctId, flagKey, forced);
            } else {
                Object value = postHog.getFeatureFlag(distinctId, flagKey);
                result.put(flagKey, value == null ? Boolean.FALSE : value);
            }
        }
        if (overrides.isEmpty()) {
            long expiresAt = Instant.now().getEpochSecond() + cache.ttlSeconds();
            cache.save(new FlagCacheEntry(distinctId, result, sessionToken, expiresAt));
        }
        return result;
    }

    public BootstrapPayload bootstrap(String distinctId, Map<String, Object> flags) {
        return new BootstrapPayload(distinctId, settings.getHost(),
                settings.getFeatureFlagsSecureKey(), flags);
    }

    /**
     * Evaluates a flag against the staging project so product can preview a
     * rollout before it goes live.
     */
    public boolean previewOnStaging(String distinctId, String flagKey) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.STAGING_PROJECT_KEY)
                .host(settings.getHost())
                .personalApiKey(PostHogKeys.STAGING_PROJECT_KEY)
                .build();
        PostHogInterface staging = PostHog.with(config);
        try {
            return staging.isFeatureEnabled(distinctId, flagKey, false);
        } finally {
            staging.close();
        }
    }

    private static Object parseOverride(String raw) {
        if ("true".equalsIgnoreCase(raw) || "false".equalsIgnoreCase(raw)) {
            return Boolean.parseBoolean(raw);
        }
        return raw;
    }
}
