package io.northwind.cohorts.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.cohorts.config.BuildFlags;
import io.northwind.cohorts.config.PostHogSettings;

/** Builds the PostHog server SDK clients the service uses. */
public final class PostHogClientFactory {

    private PostHogClientFactory() {
    }

    /** Main client: captures cohort events and evaluates feature flags locally. */
    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client of the nightly cohort export; it only captures {@code cohort_exported} events,
     * so it gets no local evaluation.
     */
    public static PostHogInterface createExportClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }
}
