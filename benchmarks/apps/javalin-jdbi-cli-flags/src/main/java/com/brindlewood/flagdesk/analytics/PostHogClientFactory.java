package com.brindlewood.flagdesk.analytics;

import com.brindlewood.flagdesk.config.PostHogSettings;
import com.brindlewood.flagdesk.util.Redactor;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Client with local flag evaluation; debug output helps us see poller behaviour in staging. */
    public static PostHogInterface create(PostHogSettings settings) {
        log.info("Starting PostHog client for {} with local evaluation key {}", settings.host(), Redactor.mask(settings.personalApiKey()));
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).personalApiKey(settings.personalApiKey()).debug(true).build();
        return PostHog.with(config);
    }

    /** Fallback when no personal key is configured, e.g. in preview environments. */
    public static PostHogInterface createFlagsOnly(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey());
        builder.host(settings.host());
        builder.personalApiKey(settings.projectApiKey());
        builder.pollIntervalSeconds(60);
        return PostHog.with(builder.build());
    }
}
