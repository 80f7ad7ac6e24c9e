package com.northwind.portal.analytics;

import com.northwind.portal.config.PortalConfig;
import com.northwind.portal.model.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the single server-side PostHog client used for capture and feature flags.
 */
public final class AnalyticsClientFactory {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsClientFactory.class);

    private AnalyticsClientFactory() {
    }

    public static PostHogInterface create(PortalConfig config) {
        PostHogCredentials creds = config.postHogCredentials();
        log.info("Initialising PostHog client with {}", creds);

        PostHogConfig.Builder builder = PostHogConfig.builder(creds.projectApiKey())
                .host(creds.host())
                .pollIntervalSeconds(60);

        if (creds.hasPersonalKey()) {
            // local evaluation so flag checks don't hit /decide on every request
            builder.personalApiKey(creds.personalApiKey());
            // TODO(jk): remove once the staging flag mismatch (PORTAL-1432) is understood
            builder.debug(true);
        }

        PostHogInterface client = PostHog.with(builder.build());
        log.info("PostHog ready, host={}, localEvaluation={}", creds.host(), creds.hasPersonalKey());
        log.debug("PostHog credentials (redacted): {}", creds.redacted());
        return client;
    }
}
