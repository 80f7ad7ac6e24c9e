package com.acme.analytics.enricher.posthog;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.config.PostHogConstants;
import com.acme.analytics.enricher.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Creates the posthog-server clients used on the task managers. */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /**
     * A client that evaluates flags locally: it polls the flag definitions with the personal key
     * instead of asking PostHog once per event.
     */
    public static PostHogInterface localEvaluationClient(EnricherSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getFlagPollSeconds())
                .debug(PostHogConstants.SDK_DEBUG)
                .build();
        LOG.info("PostHog local evaluation client for {} using personal key {}",
                settings.getHost(), KeyMasker.mask(settings.getPersonalApiKey()));
        return PostHog.with(config);
    }
}
