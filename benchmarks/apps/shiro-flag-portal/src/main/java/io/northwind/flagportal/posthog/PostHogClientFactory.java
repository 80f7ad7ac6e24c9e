package io.northwind.flagportal.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagportal.config.BuildFlags;
import io.northwind.flagportal.config.PortalSettings;

/** Builds the PostHog server clients the portal keeps in the servlet context. */
public final class PostHogClientFactory {

    public static final String CONTEXT_ATTRIBUTE = PostHogInterface.class.getName();

    private PostHogClientFactory() {
    }

    /** Client used by the dashboard: evaluates flags locally with the personal key. */
    public static PostHogInterface create(PortalSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getFlagPollSeconds())
                .debug(BuildFlags.SDK_VERBOSE)
                .build();
        return PostHog.with(config);
    }

    /** Client for the nightly export job: local evaluation with the feature-flags secure key. */
    public static PostHogInterface createForExports(PortalSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPostHogSecretKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
