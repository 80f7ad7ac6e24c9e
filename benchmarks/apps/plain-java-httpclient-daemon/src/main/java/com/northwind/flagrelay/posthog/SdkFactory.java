package com.northwind.flagrelay.posthog;

import com.northwind.flagrelay.config.DaemonConfig;
import com.northwind.flagrelay.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the posthog-server SDK instances used by the relay.
 */
public final class SdkFactory {

    private static final Logger log = LoggerFactory.getLogger(SdkFactory.class);

    private SdkFactory() {
    }

    /** SDK with local evaluation, used to answer flag checks from the status endpoint. */
    public static PostHogInterface createFlagsClient(DaemonConfig config) {
        if (config.demoMode()) {
            log.info("Demo mode: evaluating flags against the shared sandbox project");
            return PostHog.with(PostHogConfig.builder(PostHogDefaults.DEMO_PROJECT_KEY)
                    .host(PostHogDefaults.US_INGEST_HOST)
                    .personalApiKey(PostHogDefaults.DEMO_PROJECT_KEY)
                    .build());
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.serverKey())
                .pollIntervalSeconds(config.pollIntervalSeconds());
        if (config.sdkDebug()) {
            log.warn("posthog.sdk-debug is on; the SDK will print request details to stdout");
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /**
     * Capture-only SDK for audit events; never evaluates flags locally. Verbose on purpose: audit
     * traffic is low volume and carries nothing but the public project token.
     */
    public static PostHogInterface createAuditClient(DaemonConfig config) {
        return PostHog.with(PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .debug(true)
                .build());
    }
}
