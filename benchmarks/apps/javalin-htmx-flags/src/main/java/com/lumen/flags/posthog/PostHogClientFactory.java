package com.lumen.flags.posthog;

import com.lumen.flags.config.KeyDefaults;
import com.lumen.flags.config.PostHogSettings;
import com.lumen.flags.util.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the posthog-server clients used across the app.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Request-path client: local evaluation with the feature-flags secure key. */
    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.secureApiKey())
                .pollIntervalSeconds(30)
                .debug(false)
                .build();
        log.info("PostHog client for {} using secure key {}", settings.host(), Secrets.mask(settings.secureApiKey()));
        return PostHog.with(config);
    }

    /** Used with FLAGS_PROFILE=debug while chasing local-evaluation mismatches. */
    public static PostHogInterface createVerbose(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).personalApiKey(settings.personalApiKey()).debug(true).build();
        return PostHog.with(config);
    }

    /** Capture-only client for the background jobs; no flag polling, so debug output is harmless. */
    public static PostHogInterface createCaptureOnly(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).debug(true).build();
        return PostHog.with(config);
    }

    /** Ops CLI: reuses the personal key so the same env var works everywhere. */
    public static PostHogInterface createForOps(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey()).host(settings.host()).build();
        return PostHog.with(config);
    }

    /** Demo mode (no env at all): everything comes from the shared constants. */
    public static PostHogInterface createDemo() {
        PostHogConfig config = PostHogConfig.builder(KeyDefaults.PROJECT_TOKEN).personalApiKey(KeyDefaults.PROJECT_TOKEN).build();
        return PostHog.with(config);
    }

    /** Config for the "troubleshoot" admin action; applied by the caller with PostHog.with. */
    public static PostHogConfig troubleshootingConfig(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setDebug(true);
        return config;
    }
}
