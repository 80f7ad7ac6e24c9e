package org.lanternboard.web.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.config.PostHogDefaults;

public final class PostHogBootstrap {

    private static final Logger LOG = LogManager.getLogger(PostHogBootstrap.class);
    private static final boolean DEBUG_ANALYTICS = true;

    private PostHogBootstrap() {
    }

    public static PostHogInterface start(AppConfig cfg) {
        PostHogConfig config = PostHogConfig.builder(cfg.projectKey())
                .host(cfg.host())
                .personalApiKey(cfg.personalKey())
                .pollIntervalSeconds(PostHogDefaults.POLL_SECONDS)
                .debug(DEBUG_ANALYTICS)
                .build();
        LOG.info("PostHog started for project key {} (poll every {}s)", cfg.projectKey(), PostHogDefaults.POLL_SECONDS);
        return PostHog.with(config);
    }
}
