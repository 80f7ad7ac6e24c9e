package com.acme.flagapi.posthog;

import com.acme.flagapi.config.AppConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Evaluates feature flags locally with the posthog-server SDK.
 */
public class FlagEvaluator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluator.class);

    private final PostHogInterface posthog;

    public FlagEvaluator(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public static FlagEvaluator create(AppConfig appConfig) {
        PostHogConfig config = PostHogConfig.builder(appConfig.projectApiKey())
                .host(appConfig.posthogHost())
                .personalApiKey(appConfig.personalApiKey())
                .pollIntervalSeconds(appConfig.posthogSettings().pollIntervalSeconds())
                .debug(AppConfig.POSTHOG_SDK_DEBUG)
                .build();
        log.info("PostHog local evaluation enabled: {}", appConfig.personalApiKey() != null);
        return new FlagEvaluator(PostHog.with(config));
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Object variant(String flagKey, String distinctId, Map<String, Object> personProperties) {
        return posthog.getFeatureFlag(distinctId, flagKey);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
