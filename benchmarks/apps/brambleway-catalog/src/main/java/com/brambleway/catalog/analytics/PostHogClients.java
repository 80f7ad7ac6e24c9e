package com.brambleway.catalog.analytics;

import com.brambleway.catalog.config.CatalogConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.logging.Logger;

/**
 * Holds the server-side PostHog client used for flag checks in the storefront.
 */
public class PostHogClients implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostHogClients.class.getName());

    /** Flip to get request/response dumps from the SDK while chasing flag mismatches. */
    private static final boolean VERBOSE_SDK = true;

    private final PostHogInterface flags;

    public PostHogClients(CatalogConfig config) {
        String personalKey = config.personalApiKey();
        LOG.info("Local flag evaluation enabled: " + (personalKey != null && !personalKey.isEmpty()));
        this.flags = PostHog.with(PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(personalKey)
                .debug(VERBOSE_SDK)
                .pollIntervalSeconds(45)
                .build());
    }

    public boolean isEnabled(String flag, String distinctId) {
        return flags.isFeatureEnabled(distinctId, flag, false);
    }

    @Override
    public void close() {
        flags.close();
    }
}
