package com.northwind.flagportal.posthog;

import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the posthog-server clients the portal uses. */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final PortalConfig config;

    public PostHogClientFactory(PortalConfig config) {
        this.config = config;
    }

    /** Main client: captures portal events and evaluates flags locally. */
    public PostHogInterface create() {
        if (config.verboseSdk()) {
            return createVerbose();
        }
        PostHogConfig posthogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.personalApiKey())
                .debug(false)
                .build();
        log.info("PostHog client for {} with local evaluation (personal key {})", config.posthogHost(), mask(config.personalApiKey()));
        return PostHog.with(posthogConfig);
    }

    /** PORTAL_POSTHOG_VERBOSE=true: same client, SDK logging on, for chasing evaluation issues. */
    PostHogInterface createVerbose() {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.personalApiKey())
                .build();
        posthogConfig.setDebug(true);
        log.debug("Verbose PostHog SDK enabled, local evaluation with {}", config.personalApiKey());
        return PostHog.with(posthogConfig);
    }

    /** Audit events (drift, pushes) go to the dedicated audit project. */
    public PostHogInterface createAuditClient() {
        PostHogConfig auditConfig = PostHogConfig.builder(config.flagsSecureKey())
                .host(config.posthogHost())
                .build();
        return PostHog.with(auditConfig);
    }

    /** Dev/preview deployments talk to the preview project only. */
    public PostHogInterface createPreviewClient() {
        PostHogConfig previewConfig = PostHogConfig.builder(PostHogKeys.PREVIEW_PROJECT_API_KEY)
                .host(PostHogKeys.US_INGEST_HOST)
                .personalApiKey(PostHogKeys.PREVIEW_PROJECT_API_KEY)
                .build();
        log.info("Using PostHog preview project");
        return PostHog.with(previewConfig);
    }

    static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
