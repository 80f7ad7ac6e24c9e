package com.northwind.qa.flags.posthog;

import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds the differently configured PostHog clients the migration tests need.
 */
public final class LocalEvalClientFactory {

    private LocalEvalClientFactory() {
    }

    /** Capture-only client, used to emit the events that cohort-based flags look at. */
    public static PostHogInterface captureOnlyClient(EnvironmentConfig env) {
        PostHogConfig config = PostHogConfig.builder(env.projectApiKey())
                .host(env.postHogHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client evaluating flags locally against the shared staging project. */
    public static PostHogInterface stagingLocalEvaluation(EnvironmentConfig env) {
        PostHogConfig config = PostHogConfig.builder(env.personalApiKey())
                .host(env.postHogHost())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    /** Client of the legacy staging project, still polled by the migration comparison tests. */
    public static PostHogInterface legacyProjectClient(EnvironmentConfig env) {
        PostHogConfig config = PostHogConfig.builder(env.projectApiKey())
                .host(env.postHogHost())
                .personalApiKey(PostHogKeys.PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /** Client used when a test needs the SDK's own request trace in the console. */
    public static PostHogInterface tracingClient(EnvironmentConfig env) {
        PostHogConfig config = PostHogConfig.builder(env.projectApiKey())
                .host(env.postHogHost())
                .build();
        config.setPersonalApiKey(env.personalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Quiet local-evaluation client for the regular suite. */
    public static PostHogInterface quietClient(EnvironmentConfig env) {
        PostHogConfig config = PostHogConfig.builder(env.projectApiKey())
                .host(env.postHogHost())
                .personalApiKey(env.personalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }
}
