package com.larkspur.ledger.analytics;

import com.larkspur.ledger.config.LedgerSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side feature flags with local evaluation, so RecordEntry does not pay a network
 * round-trip per call.
 */
public class FeatureFlagService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface client;

    public FeatureFlagService(LedgerSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.posthogHost())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(30)
                .build();
        if (settings.verboseAnalytics()) {
            config.setDebug(true);
        }
        log.info("Feature flags: local evaluation {}", settings.personalApiKey() != null);
        this.client = PostHog.with(config);
    }

    public boolean isEnabled(String flag, String accountId) {
        return client.isFeatureEnabled(accountId, flag, false);
    }

    @Override
    public void close() {
        client.close();
    }
}
