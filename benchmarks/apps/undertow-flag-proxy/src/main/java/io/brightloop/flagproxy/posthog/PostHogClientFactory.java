package io.brightloop.flagproxy.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.brightloop.flagproxy.config.BuildFlags;
import io.brightloop.flagproxy.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds the posthog-server SDK clients the proxy uses. */
@Singleton
public final class PostHogClientFactory {

    private final PostHogSettings settings;

    @Inject
    PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client used for local feature-flag evaluation. */
    public PostHogInterface flagsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(BuildFlags.SDK_VERBOSE)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for admin audit events, so its flushes do not compete with flag polling. */
    public PostHogInterface auditEventsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
