package io.shipwright.gradle.annotator.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Evaluates rollout flags locally so that new plugin behaviour can be switched on per project.
 */
public class FeatureFlagGate implements AutoCloseable {

    private final PostHogInterface posthog;

    public FeatureFlagGate(String projectApiKey, String featureFlagsSecureKey, String host) {
        String evaluationKey = featureFlagsSecureKey != null ? featureFlagsSecureKey : projectApiKey;
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .personalApiKey(evaluationKey)
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .build();
        this.posthog = PostHog.with(config);
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
