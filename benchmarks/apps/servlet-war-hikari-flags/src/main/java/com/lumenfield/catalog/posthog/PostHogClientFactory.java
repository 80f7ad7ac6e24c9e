package com.lumenfield.catalog.posthog;

import com.lumenfield.catalog.config.PostHogDefaults;
import com.lumenfield.catalog.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds posthog-server clients for the different ways the app runs.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** The long-lived client used for flag checks and events. */
    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());
        if (settings.localEvaluationKey() != null) {
            builder.personalApiKey(settings.localEvaluationKey());
        }
        log.info("PostHog local evaluation enabled: {}", settings.localEvaluationKey() != null);
        log.info("PostHog local evaluation credential: {}", settings.localEvaluationKeyKind());
        return PostHog.with(builder.build());
    }

    /** Short-lived verbose client behind the "trace flag polling" button on /admin/diagnostics. */
    public static PostHogInterface createTracing(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        System.out.printf("Tracing PostHog client for %s with personal key %s%n",
                settings.host(), settings.personalApiKey());
        return PostHog.with(config);
    }

    /** Client for the PostHog container started by docker-compose.local.yml. */
    public static PostHogInterface createLocal() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.DEV_PROJECT_KEY)
                .host("http://localhost:8010")
                .personalApiKey(PostHogDefaults.DEV_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
