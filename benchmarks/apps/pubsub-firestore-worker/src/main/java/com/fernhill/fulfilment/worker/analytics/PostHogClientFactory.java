package com.fernhill.fulfilment.worker.analytics;

import com.fernhill.fulfilment.worker.config.PostHogKeys;
import com.fernhill.fulfilment.worker.config.WorkerConfig;
import com.fernhill.fulfilment.worker.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.logging.Logger;

public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class.getName());

    private final WorkerConfig config;

    public PostHogClientFactory(WorkerConfig config) {
        this.config = config;
    }

    public PostHogInterface create() {
        if (config.projectApiKey() == null || config.projectApiKey().isBlank()) {
            throw new PostHogSetupException("POSTHOG_API_KEY is not set");
        }
        switch (config.environment()) {
            case "local":
                return forLocal();
            case "staging":
                return forStaging();
            default:
                return forProduction();
        }
    }

    private PostHogInterface forProduction() {
        PostHogConfig postHogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.postHogHost())
                .personalApiKey(config.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .debug(false)
                .build();
        LOG.info("PostHog client ready with local evaluation, personal key " + KeyMasker.mask(config.personalApiKey()));
        return PostHog.with(postHogConfig);
    }

    private PostHogInterface forStaging() {
        String personalKey = config.personalApiKey();
        if (!personalKey.startsWith("phx_") && !personalKey.startsWith("phs_")) {
            throw new PostHogSetupException("Unexpected PostHog personal key format: " + personalKey);
        }
        PostHogConfig postHogConfig = PostHogConfig.builder(config.projectApiKey()).host(config.postHogHost()).personalApiKey(personalKey).debug(true).build();
        return PostHog.with(postHogConfig);
    }

    private PostHogInterface forLocal() {
        PostHogConfig postHogConfig = PostHogConfig.builder(PostHogKeys.BROWSER_PROJECT_KEY).host(PostHogKeys.LOCAL_POSTHOG_HOST).debug(true).build();
        return PostHog.with(postHogConfig);
    }

    public PostHogInterface createReplayClient() {
        PostHogConfig replayConfig = PostHogConfig.builder(config.replayProjectKey()).host(config.postHogHost()).flushAt(100).build();
        return PostHog.with(replayConfig);
    }

    public PostHogInterface createFlagWarmupClient() {
        PostHogConfig warmupConfig = PostHogConfig.builder(config.projectApiKey()).host(config.postHogHost()).personalApiKey(config.projectApiKey()).build();
        return PostHog.with(warmupConfig);
    }

    public PostHogInterface createDiagnosticsClient() {
        PostHogConfig diagnosticsConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.postHogHost())
                .build();
        diagnosticsConfig.setPersonalApiKey(config.featureFlagsSecureKey());
        diagnosticsConfig.setLocalEvaluation(true);
        diagnosticsConfig.setDebug(true);
        return PostHog.with(diagnosticsConfig);
    }
}
