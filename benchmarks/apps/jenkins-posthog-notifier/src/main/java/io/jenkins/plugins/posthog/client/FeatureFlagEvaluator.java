package io.jenkins.plugins.posthog.client;

import com.posthog.server.PostHogInterface;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates PostHog feature flags for pipeline gating ({@code postHogFlag} step and the notifier's
 * "only when flag is enabled" option).
 */
public class FeatureFlagEvaluator {

    private static final Logger LOGGER = Logger.getLogger(FeatureFlagEvaluator.class.getName());

    private final PostHogSettings settings;
    private final PostHogInterface client;

    public FeatureFlagEvaluator(@NonNull PostHogSettings settings) {
        this(settings, PostHogClientFactory.forSettings(settings));
    }

    FeatureFlagEvaluator(PostHogSettings settings, PostHogInterface client) {
        this.settings = settings;
        this.client = client;
    }

    public boolean isEnabled(String flagKey, String distinctId, boolean defaultValue, TaskListener listener) {
        PrintStream log = listener.getLogger();
        try {
            Boolean enabled = client.isFeatureEnabled(distinctId, flagKey);
            if (enabled == null) {
                log.printf("[PostHog] Flag '%s' is not defined for %s, using default %s%n",
                        flagKey, distinctId, defaultValue);
                return defaultValue;
            }
            log.printf("[PostHog] Flag '%s' for %s: %s (local evaluation: %s)%n",
                    flagKey, distinctId, enabled, settings.hasPersonalApiKey());
            return enabled;
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Feature flag evaluation failed for " + flagKey, e);
            log.println("[PostHog] Could not evaluate flag '" + flagKey + "': " + e.getMessage());
            if (settings.hasPersonalApiKey()) {
                log.println("[PostHog] To reproduce: curl -H 'Authorization: Bearer " + settings.getPersonalApiKey()
                        + "' '" + PostHogApiClient.appHostFor(settings.getHost())
                        + "/api/feature_flag/local_evaluation/?token=" + settings.getProjectApiKey() + "'");
            }
            return defaultValue;
        }
    }
}
