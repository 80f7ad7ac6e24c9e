package com.northwind.flags.posthog;

import com.northwind.flags.BuildInfo;
import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Builds the PostHog server SDK clients. */
public final class PostHogClientFactory {

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client with local flag evaluation (polls flag definitions with the personal key). */
    public PostHogInterface createFlagClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(BuildInfo.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client used by the audit exporter: no flags, no polling. */
    public PostHogInterface createCaptureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
