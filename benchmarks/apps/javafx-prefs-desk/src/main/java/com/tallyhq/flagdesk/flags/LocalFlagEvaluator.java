package com.tallyhq.flagdesk.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyhq.flagdesk.config.BuildDefaults;
import com.tallyhq.flagdesk.config.PreferencesStore;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates flags locally (same code path as our backend) so the release manager can check
 * "would user X get this flag?" before flipping it.
 */
public class LocalFlagEvaluator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalFlagEvaluator.class.getName());

    private final PostHogInterface posthog;

    public LocalFlagEvaluator(PreferencesStore store) {
        String secureKey = store.featureFlagsSecureKey();
        LOG.log(Level.FINE, "Starting local evaluation for project {0} with secure key {1}",
                new Object[] {store.projectId(), secureKey});

        PostHogConfig config = PostHogConfig.builder(store.projectApiKey())
                .host(BuildDefaults.INGEST_HOST)
                .personalApiKey(secureKey)
                // flag polling is silent otherwise, and support always asks for these logs
                .debug(true)
                .pollIntervalSeconds(30)
                .build();
        this.posthog = PostHog.with(config);
    }

    public boolean wouldSee(String distinctId, String flagKey, Map<String, Object> personProperties) {
        Boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        LOG.fine(() -> "Evaluated " + flagKey + " for " + distinctId + " -> " + enabled
                + " (props " + personProperties.keySet() + ")");
        return Boolean.TRUE.equals(enabled);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
