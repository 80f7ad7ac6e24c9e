package com.acme.flaginfra.functions.posthog;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.acme.flaginfra.functions.config.FlagConfig;
import com.acme.flaginfra.functions.config.KeySource;
import com.posthog.java.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** One PostHog client of each kind per Lambda container. */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** posthog-server client that evaluates flags locally with the personal API key. */
    public static PostHogInterface flagsClient(FlagConfig config) {
        KeySource apiKey = config.getPersonalKeySource();
        LOG.info("PostHog personal key source: {}", apiKey);

        PostHogConfig posthogConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .personalApiKey(config.getPersonalApiKey())
                .pollIntervalSeconds(config.getPollIntervalSeconds())
                .debug(FlagConfig.SDK_DEBUG)
                .build();
        return com.posthog.server.PostHog.with(posthogConfig);
    }

    /** Legacy posthog-java client the ingest function captures with (server-side capture). */
    public static PostHog captureClient(FlagConfig config) {
        return new PostHog.Builder(config.getPersonalApiKey())
                .host(config.getHost())
                .build();
    }
}
