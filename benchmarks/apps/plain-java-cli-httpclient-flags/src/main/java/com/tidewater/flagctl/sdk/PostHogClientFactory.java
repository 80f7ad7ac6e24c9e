package com.tidewater.flagctl.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.Defaults;
import com.tidewater.flagctl.util.KeyMasker;
import java.util.logging.Logger;

/** Creates PostHog server SDK clients with local flag evaluation. */
public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class.getName());

    /** Normal path: local evaluation with the feature-flags secure key, SDK logging off. */
    public PostHogInterface create(CliConfig cfg) {
        String localEvalKey = cfg.hasSecureKey() ? cfg.featureFlagsSecureKey() : cfg.personalApiKey();
        LOG.info("Local evaluation enabled with key " + KeyMasker.mask(localEvalKey));
        PostHogConfig config = PostHogConfig.builder(cfg.projectApiKey()).host(Defaults.INGEST_HOST).personalApiKey(localEvalKey).debug(false).build();
        return PostHog.with(config);
    }

    /** {@code flagctl eval --diagnose}: poll fast and let the SDK print what it does. */
    public PostHogInterface createForDiagnostics(CliConfig cfg) {
        LOG.info("Diagnostics mode: PostHog SDK debug output enabled, polling every 5s");
        PostHogConfig config = PostHogConfig.builder(cfg.projectApiKey()).host(Defaults.INGEST_HOST).personalApiKey(cfg.personalApiKey()).debug(true).pollIntervalSeconds(5).build();
        return PostHog.with(config);
    }

    /** Offline demo against the public sandbox project (used by the README walkthrough). */
    public PostHogInterface createSandbox() {
        PostHogConfig config = PostHogConfig.builder(Defaults.TELEMETRY_PROJECT_KEY).host(Defaults.INGEST_HOST).personalApiKey(Defaults.TELEMETRY_PROJECT_KEY).build();
        return PostHog.with(config);
    }
}
