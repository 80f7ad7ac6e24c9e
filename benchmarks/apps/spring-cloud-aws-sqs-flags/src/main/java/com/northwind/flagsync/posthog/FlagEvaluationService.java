package com.northwind.flagsync.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluationService {

    private final PostHogInterface postHog;
    private final PostHogAdminClient adminClient;
    private final List<String> canaryDistinctIds;
    private final Clock clock;

    public FlagEvaluationService(PostHogInterface postHog,
                                 PostHogAdminClient adminClient,
                                 @Value("${app.canary-distinct-ids:canary-eu-1,canary-eu-2,canary-us-1}") List<String> canaryDistinctIds) {
        this.postHog = postHog;
        this.adminClient = adminClient;
        this.canaryDistinctIds = canaryDistinctIds;
        this.clock = Clock.systemUTC();
    }

    public FlagSnapshot snapshot(String flagKey) {
        Map<String, Object> evaluations = new LinkedHashMap<>();
        boolean anyEnabled = false;
        for (String distinctId : canaryDistinctIds) {
            Object value = postHog.getFeatureFlag(distinctId, flagKey);
            if (value == null) {
                JsonNode remote = adminClient.evaluateRemotely(distinctId);
                value = remote == null ? null : remote.path("flags").path(flagKey).path("variant").asText(null);
            }
            evaluations.put(distinctId, value);
            anyEnabled |= value != null && !Boolean.FALSE.equals(value);
        }
        return new FlagSnapshot(flagKey, anyEnabled, null, evaluations, Instant.now(clock));
    }

    public FlagSnapshot snapshot(JsonNode definition) {
        FlagSnapshot base = snapshot(definition.path("key").asText());
        Integer rollout = definition.path("rollout_percentage").isNumber()
                ? definition.path("rollout_percentage").asInt()
                : null;
        return new FlagSnapshot(base.flagKey(), definition.path("active").asBoolean(base.active()),
                rollout, base.sampleEvaluations(), base.takenAt());
    }
}
