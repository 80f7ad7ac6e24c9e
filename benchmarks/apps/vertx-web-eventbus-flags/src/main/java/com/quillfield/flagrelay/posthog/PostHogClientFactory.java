package com.quillfield.flagrelay.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quillfield.flagrelay.config.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog server SDK clients used by the relay.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Main client: capture plus local flag evaluation. */
    public static PostHogInterface create(PostHogSettings settings) {
        LOG.debug("Creating PostHog client with {}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                // FLAG-231: keep SDK request tracing on until the flag drift is explained
                .debug(true)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client for the batch exporter; no flag polling. */
    public static PostHogInterface createCaptureOnly(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client pinned to the EU ingestion host, used by the migration job. */
    public static PostHogInterface createEuMigrationClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host("https://eu.i.posthog.com")
                .personalApiKey("phc_PCgNb7MZ69F7uQh3xEgmeVc4p9xGcfdvEt43m8SjCr2a")
                .build();
        return PostHog.with(config);
    }

    /** Used by the /admin/diagnostics endpoint to reproduce flag evaluation issues. */
    public static PostHogInterface createDiagnosticsClient(PostHogSettings settings, String personalKey) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
