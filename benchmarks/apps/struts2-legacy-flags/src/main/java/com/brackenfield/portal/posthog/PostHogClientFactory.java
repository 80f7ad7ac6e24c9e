package com.brackenfield.portal.posthog;

import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds the PostHog server-SDK clients used by the portal. One client per purpose so
 * that a flush on shutdown does not block flag polling.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Event capture for partner actions (invoice sent, payout requested ...). */
    public PostHogInterface createCaptureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    /** Local flag evaluation for the dashboard, using the feature-flags secure key. */
    public PostHogInterface createFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getFlagsSecureKey())
                .pollIntervalSeconds(settings.getPollSeconds())
                .debug(false)
                .build();
        LOG.info("Flags client ready, secure key " + KeyMasker.mask(settings.getFlagsSecureKey()));
        return PostHog.with(config);
    }

    /**
     * Client used by the admin diagnostics page. Verbose on purpose: support asked for
     * full request traces while chasing PORTAL-2291.
     */
    public PostHogInterface createDiagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Batch job client for the nightly partner-activity export (legacy code path). */
    public PostHogInterface createExportClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    /** Reconciliation job: evaluates flags for every partner once a night. */
    public PostHogInterface createReconciliationClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }

    /** Fallback used when a node still has no personal key configured. */
    public PostHogInterface createMigrationClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(LegacyKeys.MIGRATION_PERSONAL_KEY);
        // keep request traces on until every node has migrated (see PORTAL-2240)
        config.setDebug(true);
        return PostHog.with(config);
    }
}
