package com.lumenlabs.flagbot.service;

import com.lumenlabs.flagbot.posthog.FeatureFlag;
import com.lumenlabs.flagbot.posthog.PostHogApiClient;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Flag operations the Slack commands expose.
 */
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogApiClient api;
    private final PostHogInterface evaluation;
    private final PostHogInterface usage;

    public FeatureFlagService(PostHogApiClient api, PostHogInterface evaluation, PostHogInterface usage) {
        this.api = api;
        this.evaluation = evaluation;
        this.usage = usage;
    }

    public List<FeatureFlag> activeFlags() {
        return api.listFlags().stream()
                .filter(FeatureFlag::active)
                .sorted(Comparator.comparing(FeatureFlag::key))
                .toList();
    }

    public FeatureFlag toggle(String flagKey, boolean active, String slackUser) {
        FeatureFlag flag = api.findFlag(flagKey);
        FeatureFlag updated = api.setActive(flag.id(), active);
        log.info("Flag {} set to {} by Slack user {}", flagKey, active, slackUser);
        usage.capture(slackUser, "flag toggled", Map.of("flag", flagKey, "active", active));
        return updated;
    }

    public boolean isEnabledFor(String flagKey, String distinctId) {
        boolean enabled = evaluation.isFeatureEnabled(distinctId, flagKey, false);
        usage.capture(distinctId, "flag checked", Map.of("flag", flagKey, "enabled", enabled));
        return enabled;
    }

    public int flagCount() {
        return api.listFlags().size();
    }
}
