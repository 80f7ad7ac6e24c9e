package com.brightloop.log4j.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Builds posthog-server clients for the appender and the flag gate.
 */
public final class PostHogClientFactory {

    private static final Logger LOGGER = StatusLogger.getLogger();

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(AppenderSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .flushAt(settings.getFlushAt())
                .debug(false);
        if (settings.hasPersonalKey()) {
            builder.personalApiKey(settings.getPersonalApiKey());
            builder.pollIntervalSeconds(AppenderDefaults.DEFAULT_POLL_INTERVAL_SECONDS);
        }
        LOGGER.debug("PostHog client for {} (local evaluation: {})", settings.getHost(), settings.hasPersonalKey());
        return PostHog.with(builder.build());
    }

    /**
     * Verbose client, used with {@code -Dposthog.appender.diagnose=true} to troubleshoot flag polling.
     */
    public static PostHogInterface createDiagnostic(AppenderSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
