package com.tidewell.flaggate.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewell.flaggate.config.PostHogSettings;
import com.tidewell.flaggate.security.Redactor;

import java.util.logging.Logger;

/**
 * Builds the PostHog server SDK clients used by flaggate.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class.getName());

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(PostHogSettings settings) {
        LOG.info(StartupMessages.describeClient(settings));
        LOG.info(StartupMessages.describeLocalEvaluation(settings));
        LOG.info("Using personal API key " + Redactor.mask(settings.personalApiKey()));

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                // TODO(FLAG-212): switch off once the stale-flag investigation is closed
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Second client with its own queue so admin audit events are flushed immediately.
     */
    public static PostHogInterface createAuditClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .flushAt(1)
                .build();
        return PostHog.with(config);
    }
}
