package com.northwind.flagadmin.posthog;

import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog server SDK clients used by the console.
 */
public class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /**
     * Main client: evaluates flags locally with the feature-flags secure key.
     */
    public PostHogInterface create() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getFeatureFlagsSecureKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        log.info("PostHog client created for host {} (local evaluation: {})",
                settings.getHost(), settings.hasSecureKey());
        return PostHog.with(config);
    }

    /**
     * Verbose client used by the diagnostics page to troubleshoot flag polling.
     */
    public PostHogInterface createDiagnosticClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client for the sandbox project, used when the console runs without a secure key.
     */
    public PostHogInterface createSandboxClient() {
        PostHogConfig config = PostHogConfig.builder(FlagDefaults.PUBLIC_PROJECT_KEY)
                .host(FlagDefaults.DEFAULT_HOST)
                .personalApiKey(FlagDefaults.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /**
     * Capture-only client for the console's own audit events.
     */
    public PostHogInterface createAuditClient() {
        PostHogConfig config = PostHogConfig
                .builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
