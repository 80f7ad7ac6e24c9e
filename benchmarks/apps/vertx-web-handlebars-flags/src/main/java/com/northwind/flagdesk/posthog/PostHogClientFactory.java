package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Creates the PostHog server SDK clients used by flagdesk.
 */
public final class PostHogClientFactory {

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Main client: capture plus local flag evaluation. */
    public PostHogInterface create() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.localEvaluationKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds());
        if (settings.sdkDebug()) {
            // handy when a rollout does not behave as expected
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /** Capture-only client for the audit trail; never evaluates flags locally. */
    public PostHogInterface createAuditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(true)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    /** Used by the nightly backfill job that replays historical toggles. */
    public PostHogInterface createBackfillClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
