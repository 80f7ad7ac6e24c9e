package com.northwind.flags.common;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds the posthog-server client with local evaluation, shared by every function.
 */
public final class FlagsClientFactory {

    private FlagsClientFactory() {
    }

    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }
}
