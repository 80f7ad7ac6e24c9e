package com.northwind.partners.analytics;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.northwind.partners.config.PortalSettings;
import com.northwind.partners.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog server clients used by the portal.
 */
public class AnalyticsClientProvider implements Provider<PostHogInterface> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsClientProvider.class);

    private final PortalSettings settings;

    @Inject
    public AnalyticsClientProvider(PortalSettings settings) {
        this.settings = settings;
    }

    /** Main client: events from the portal plus locally evaluated partner flags. */
    @Override
    public PostHogInterface get() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost());
        String personalKey = settings.getPersonalApiKey();
        if (personalKey != null) {
            builder.personalApiKey(personalKey)
                    .pollIntervalSeconds(60);
        }
        LOG.info("PostHog client ready, local evaluation: {}", personalKey != null);
        return PostHog.with(builder.build());
    }

    /**
     * Client used by the ops "flag sync" page to check that local evaluation works after
     * a key rotation. Verbose on purpose so ops can see the poller requests.
     */
    public PostHogInterface diagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate project for backoffice audit events so they do not pollute partner analytics.
     */
    public PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.FLAGS_SECURE_KEY)
                .host(settings.getPosthogHost())
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging client; the personal key is re-read on every rotation by the ops tooling.
     */
    public PostHogInterface stagingClient(boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host("https://eu.i.posthog.com")
                .build();
        config.setPersonalApiKey(System.getenv("POSTHOG_STAGING_PERSONAL_API_KEY"));
        if (verbose) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    /** Flag-only client for the partner bulk upload job; evaluates flags locally. */
    public PostHogInterface bulkUploadClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(settings.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }
}
