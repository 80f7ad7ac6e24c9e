package com.northwind.flags.flags;

import com.northwind.flags.api.dto.FlagsResponse;
import com.northwind.flags.config.PostHogKeys;
import com.posthog.server.PostHogInterface;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates flags for one user: DynamoDB overrides first, then PostHog (local evaluation).
 */
public class FlagService {

    private final PostHogInterface posthog;
    private final FlagOverrideRepository overrides;

    public FlagService(PostHogInterface posthog, FlagOverrideRepository overrides) {
        this.posthog = posthog;
        this.overrides = overrides;
    }

    public FlagsResponse evaluate(String distinctId, List<String> flagKeys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            Optional<FlagOverride> override = overrides.find(distinctId, flagKey);
            if (override.isPresent()) {
                values.put(flagKey, override.get().getValue());
            } else {
                values.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey));
            }
        }
        return new FlagsResponse(distinctId, values, PostHogKeys.PUBLIC_PROJECT_KEY, Instant.now().toString());
    }
}
