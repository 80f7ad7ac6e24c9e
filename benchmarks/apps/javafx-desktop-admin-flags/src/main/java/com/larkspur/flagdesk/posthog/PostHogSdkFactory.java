package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates posthog-server clients used for local flag evaluation in the preview pane.
 */
public final class PostHogSdkFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogSdkFactory.class);

    private PostHogSdkFactory() {
    }

    /** Client behind the "Evaluate for distinct id" button. */
    public static PostHogInterface previewClient(AdminSettings settings) {
        log.info("Starting local evaluation client for project {}", settings.projectId());
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .pollIntervalSeconds(PostHogDefaults.DEFAULT_POLL_SECONDS);
        builder.personalApiKey(settings.personalApiKey());
        builder.debug(true); // FD-98: shows poll failures in the console until we have a status bar
        return PostHog.with(builder.build());
    }

    /** Same as the preview client, but built for the Diagnostics window. */
    public static PostHogConfig diagnosticsConfig(AdminSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .build();
        config.setPersonalApiKey(settings.flagsSecureKey() != null
                ? settings.flagsSecureKey() : settings.personalApiKey());
        config.setLocalEvaluation(true);
        if (settings.verbose()) {
            config.setDebug(true);
        }
        return config;
    }
}
