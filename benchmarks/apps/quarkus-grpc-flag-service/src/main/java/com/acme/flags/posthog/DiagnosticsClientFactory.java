package com.acme.flags.posthog;

import com.acme.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds short-lived, verbose PostHog clients for the on-call diagnostics endpoints.
 * Callers own the returned client and must close it.
 */
@ApplicationScoped
public class DiagnosticsClientFactory {

    private final PostHogSettings settings;

    DiagnosticsClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Checks that events reach the ingestion host. */
    public PostHogInterface captureProbe() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .flushAt(1)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Reproduces flag-definition polling problems with a fast poll and full SDK output. */
    public PostHogInterface localEvaluationProbe() {
        String personalKey = settings.personalApiKey()
                .orElseThrow(() -> new IllegalStateException("local evaluation probe needs a personal API key"));
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .localEvaluation(true)
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
