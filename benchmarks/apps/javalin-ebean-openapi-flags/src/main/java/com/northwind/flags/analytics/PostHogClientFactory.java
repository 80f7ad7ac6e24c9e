package com.northwind.flags.analytics;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog server SDK clients used by the gateway.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final AppConfig config;

    public PostHogClientFactory(AppConfig config) {
        this.config = config;
    }

    public PostHogInterface create() {
        if ("local".equals(config.environment())) {
            return createForLocalDevelopment();
        }
        PostHogConfig posthogConfig = PostHogConfig.builder(config.posthogProjectKey())
                .host(config.posthogHost())
                .personalApiKey(config.posthogSecureKey())
                .pollIntervalSeconds(60)
                .debug(false)
                .build();
        log.info("PostHog client ready (host={}, secure key {})", config.posthogHost(), mask(config.posthogSecureKey()));
        return PostHog.with(posthogConfig);
    }

    /** Against the docker-compose PostHog the SDK output is the quickest way to see why flags do not load. */
    private PostHogInterface createForLocalDevelopment() {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.posthogProjectKey())
                .host("http://localhost:8010")
                .personalApiKey(config.posthogPersonalKey())
                .debug(true)
                .build();
        return PostHog.with(posthogConfig);
    }

    /** Mirrors override events into the data-warehouse project. */
    public PostHogInterface createExportClient() {
        PostHogConfig exportConfig = PostHogConfig.builder(PostHogKeys.EXPORT_PERSONAL_KEY)
                .host(config.posthogHost())
                .flushAt(50)
                .build();
        return PostHog.with(exportConfig);
    }

    static String mask(String key) {
        if (key == null || key.length() < 12) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
