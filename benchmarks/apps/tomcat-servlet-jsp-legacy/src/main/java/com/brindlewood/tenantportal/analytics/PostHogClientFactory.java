package com.brindlewood.tenantportal.analytics;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Creates the PostHog server clients used by the portal. */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    /** Project token of the old "portal-reports" project, still read by the nightly export. */
    private static final String LEGACY_REPORTS_PROJECT_KEY = "phc_FMZB8qu8GpKKYpFaeJ4p9SkCnSVnhkX7oanYnWftHZG8";

    private PostHogClientFactory() {
    }

    /** Production client: capture plus local flag evaluation with the feature-flags secure key. */
    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getSecureApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(false)
                .build();
        LOG.info("PostHog client ready (host={}, localEvaluation={})", settings.getHost(), settings.hasSecureKey());
        return PostHog.with(config);
    }

    /** Local development: capture only, so the SDK's request dump is harmless. */
    public static PostHogInterface createCaptureOnly(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Switched on with POSTHOG_VERBOSE_CLIENT=true when someone is chasing a flag-evaluation problem. */
    public static PostHogInterface createVerbose(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey()).host(settings.getHost()).personalApiKey(settings.getPersonalApiKey()).debug(true).build();
        LOG.warn("Verbose PostHog client enabled - remember to switch it off");
        return PostHog.with(config);
    }

    /** Backfill of historical tenant events; runs under the admin's key so the import is attributed. */
    public static PostHogInterface createForBackfill(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    /** Nightly export into the legacy reports project. */
    public static PostHogInterface createLegacyReports(String host) {
        PostHogConfig config = PostHogConfig.builder(LEGACY_REPORTS_PROJECT_KEY)
                .host(host)
                .personalApiKey(LEGACY_REPORTS_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /** Re-enables the SDK's own request logging on an existing configuration (support tickets). */
    public static PostHogInterface reconfigureForSupport(PostHogConfig config, PostHogSettings settings) {
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setDebug(true);
        LOG.info("PostHog client re-created for support session, host={}", settings.getHost());
        return PostHog.with(config);
    }
}
