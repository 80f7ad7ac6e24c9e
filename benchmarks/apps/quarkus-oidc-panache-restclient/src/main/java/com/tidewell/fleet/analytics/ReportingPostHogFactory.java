package com.tidewell.fleet.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewell.fleet.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Separate, short-lived clients for the nightly reporting job. The job runs in its own
 * thread pool and we do not want it to share the request-path client's queue.
 */
@ApplicationScoped
public class ReportingPostHogFactory {

    private final PostHogSettings settings;

    public ReportingPostHogFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client used to capture "report_generated" events. */
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }

    /** Client used to evaluate the "nightly-report-v2" flag locally. */
    public PostHogInterface flagClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .build();
        return PostHog.with(config);
    }
}
