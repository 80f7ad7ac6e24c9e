package com.tidewater.ledger.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.config.PostHogKeys;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Builds the PostHog clients used by the portal.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    /** Flip to see what the SDK sends while we chase the flag-poll latency issue (LEDGER-377). */
    private static final boolean VERBOSE_SDK = true;

    private PostHogClientFactory() {
    }

    /** Main client: capture plus locally evaluated feature flags. */
    public static PostHogInterface create(AnalyticsSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .localEvaluation(settings.isLocalEvaluation())
                .pollIntervalSeconds(60)
                .debug(VERBOSE_SDK)
                .build();
        LOG.info("PostHog client ready host={} localEvaluation={} personalKeyPresent={} personalKeyValid={}",
                settings.getHost(), settings.isLocalEvaluation(), settings.hasPersonalKey(),
                settings.personalKeyLooksValid());
        return PostHog.with(config);
    }

    /** Capture-only client for the public invoice viewer; no personal key involved. */
    public static PostHogInterface createCaptureOnly(AnalyticsSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(true)
                .flushAt(10)
                .build();
        return PostHog.with(config);
    }

    /** Flags-only client used by the nightly reconciliation job. */
    public static PostHogInterface createFlagsOnly(AnalyticsSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(PostHogKeys.PROJECT_API_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    /** Legacy client (posthog-java 1.x) still used by the CSV exporter. */
    public static com.posthog.java.PostHog createLegacy(AnalyticsSettings settings) {
        return new com.posthog.java.PostHog.Builder(settings.getFlagsSecureKey())
                .host(settings.getHost())
                .build();
    }
}
