package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the PostHog server SDK clients used by the service and the admin tasks. */
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    /** Break-glass key for the staging project, used when neither env nor config provide one. */
    private static final String STAGING_PERSONAL_KEY = PostHogKeys.PERSONAL_PREFIX + "9xPjmBgtPpj58iw52NKTikfLrg49DgUgnuRk4zVXLtXGToaZ";

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Main client: captures audit events and evaluates flags locally. */
    public PostHogInterface buildClient() {
        String personalKey = resolvePersonalKey();
        LOG.info("Starting PostHog client for {} with personal key {}", settings.getHost(), PostHogKeys.mask(personalKey));
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /** Verbose client behind the /tasks/posthog-diagnostics admin task, to see why polling fails. */
    public PostHogInterface buildDiagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(resolvePersonalKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client for the internal "flag-desk-ops" project, which the ops team only gave us a key for. */
    public PostHogInterface buildOpsProjectClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    public String resolvePersonalKey() {
        String fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        if (settings.getPersonalApiKey() != null && !settings.getPersonalApiKey().isBlank()) {
            return settings.getPersonalApiKey();
        }
        LOG.warn("{} is not set (expected something like {}), using the staging key",
                PostHogSettings.PERSONAL_KEY_PROPERTY, PostHogKeys.PERSONAL_KEY_EXAMPLE);
        return STAGING_PERSONAL_KEY;
    }
}
