package com.northwind.flags.posthog;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the server-side PostHog clients. Local evaluation needs the personal key;
 * capture only needs the public project key.
 */
@Singleton
public class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final AppConfig config;

    @Inject
    public PostHogClientFactory(AppConfig config) {
        this.config = config;
    }

    public PostHogInterface create() {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.posthogPersonalApiKey())
                .pollIntervalSeconds(config.pollIntervalSeconds())
                .build();
        log.info("PostHog client ready for project key {} at {}", config.projectApiKey(), config.posthogHost());
        return PostHog.with(posthogConfig);
    }

    /** Used with POSTHOG_DEBUG=true when chasing flag-evaluation bugs locally. */
    public PostHogInterface createVerbose() {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.posthogPersonalApiKey())
                .pollIntervalSeconds(config.pollIntervalSeconds())
                .debug(true)
                .build();
        log.warn("PostHog SDK debug logging is ON");
        return PostHog.with(posthogConfig);
    }

    /** One-off client for the /admin diagnostics page; evaluates with the secure flags key. */
    public PostHogInterface createDiagnostics() {
        PostHogConfig diagnostics = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .build();
        diagnostics.setPersonalApiKey(config.posthogSecureApiKey());
        diagnostics.setLocalEvaluation(true);
        diagnostics.setDebug(true);
        return PostHog.with(diagnostics);
    }
}
