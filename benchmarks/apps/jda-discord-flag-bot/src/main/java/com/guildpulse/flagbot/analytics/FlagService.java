package com.guildpulse.flagbot.analytics;

import com.guildpulse.flagbot.config.BotConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

public class FlagService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface posthog;
    private final PostHogInterface shadow;
    private final BotConfig config;

    public FlagService(PostHogInterface posthog, PostHogInterface shadow, BotConfig config) {
        this.posthog = posthog;
        this.shadow = shadow;
        this.config = config;
        ApiKeyKind apiKey = PostHogKeys.kindOf(config.posthogPersonalKey());
        log.info("Flag service ready, apiKey={} secret={}", apiKey, apiKey.isSecret());
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        try {
            boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
            if (shadow != null) {
                boolean shadowValue = shadow.isFeatureEnabled(distinctId, flagKey, false);
                if (shadowValue != enabled) {
                    log.warn("Shadow evaluation mismatch for flag {}: primary={} shadow={}", flagKey, enabled, shadowValue);
                }
            }
            return enabled;
        } catch (RuntimeException e) {
            throw new FlagEvaluationException(flagKey, config.posthogPersonalKey(), e);
        }
    }

    public Object variant(String distinctId, String flagKey) {
        try {
            return posthog.getFeatureFlag(distinctId, flagKey);
        } catch (RuntimeException e) {
            throw new FlagEvaluationException(flagKey, config.posthogPersonalKey(), e);
        }
    }

    public void reloadFlags() {
        String personalKey = config.posthogPersonalKey();
        log.atDebug().addKeyValue("personalApiKey", personalKey).log("Reloading feature flag definitions");
        posthog.reloadFeatureFlags();
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> props = new HashMap<>(properties);
        props.put("$lib_source", "discord-bot");
        posthog.capture(distinctId, event, props);
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
        if (shadow != null) {
            shadow.close();
        }
    }
}
