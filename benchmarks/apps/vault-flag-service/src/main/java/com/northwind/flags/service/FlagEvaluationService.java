package com.northwind.flags.service;

import java.util.LinkedHashMap;
import java.util.Map;

import com.northwind.flags.client.FeatureFlagDto;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final FlagSyncService syncService;

    public FlagEvaluationService(PostHogInterface postHog, FlagSyncService syncService) {
        this.postHog = postHog;
        this.syncService = syncService;
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (FeatureFlagDto flag : syncService.current().flags()) {
            if (!flag.active()) {
                continue;
            }
            Object value = postHog.getFeatureFlag(distinctId, flag.key());
            result.put(flag.key(), value == null ? Boolean.FALSE : value);
        }
        log.debug("Evaluated {} flags for {}", result.size(), distinctId);
        return result;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }
}
