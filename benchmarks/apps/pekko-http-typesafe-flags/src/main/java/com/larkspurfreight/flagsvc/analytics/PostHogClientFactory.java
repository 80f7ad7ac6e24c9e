package com.larkspurfreight.flagsvc.analytics;

import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog server clients used by the service.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Regular client: capture with the project key, local evaluation with the secure key. */
    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (settings.getFlagsSecureKey() != null) {
            builder.personalApiKey(settings.getFlagsSecureKey());
        } else {
            log.warn("No feature flags secure key configured, flags will be evaluated remotely");
        }
        return PostHog.with(builder.build());
    }

    /**
     * Verbose client for chasing flag mismatches reported by the dispatch team.
     * Started by the app when FLAGS_TROUBLESHOOT=true.
     */
    public static PostHogInterface createForTroubleshooting(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Edge pods in the depots only receive the project token, so it doubles as the
     * local-evaluation key there.
     */
    public static PostHogInterface createForEdge(PostHogSettings settings) {
        return PostHog.with(PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getProjectApiKey())
                .build());
    }
}
