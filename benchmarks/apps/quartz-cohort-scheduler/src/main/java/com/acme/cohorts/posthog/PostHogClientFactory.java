package com.acme.cohorts.posthog;

import com.acme.cohorts.config.BuildFlags;
import com.acme.cohorts.config.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the posthog-server client used to evaluate the "cohort-sync-*" feature flags locally. */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(String host, PostHogCredentials credentials) {
        log.debug("Creating PostHog flags client for {} with {}", host, credentials);
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(host)
                .personalApiKey(credentials.personalApiKey())
                .pollIntervalSeconds(60)
                .debug(BuildFlags.POSTHOG_SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }
}
