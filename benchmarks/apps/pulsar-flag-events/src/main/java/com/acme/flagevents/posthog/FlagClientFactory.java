package com.acme.flagevents.posthog;

import com.acme.flagevents.config.PostHogConstants;
import com.acme.flagevents.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog clients used by the service.
 */
public final class FlagClientFactory {

    private static final Logger log = LoggerFactory.getLogger(FlagClientFactory.class);

    private final PostHogSettings settings;

    public FlagClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client with local evaluation, used by the enrichment path. */
    public PostHogInterface flagsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(PostHogConstants.POLL_INTERVAL_SECONDS)
                .debug(PostHogConstants.SDK_DEBUG)
                .build();
        log.info("PostHog flags client ready (host={}, localEvaluation={})",
                settings.getHost(), settings.hasPersonalApiKey());
        return PostHog.with(config);
    }

    /** Client that only captures audit events; no flag polling needed. */
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
