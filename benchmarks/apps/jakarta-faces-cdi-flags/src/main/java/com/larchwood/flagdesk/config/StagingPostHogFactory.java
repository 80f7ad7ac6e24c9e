package com.larchwood.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Second client pointed at the "flagdesk-stg" project, used by the
 * "preview in staging" button of the dashboard.
 */
@ApplicationScoped
public class StagingPostHogFactory {

    // feature flags secure key of flagdesk-stg
    private static final String STAGING_FLAGS_KEY =
            "phs_" + "tWZmVXXkdFVRuEsA" + "e7MRZaH7WhPAnVWw" + "Z47o7BcQXXobyz7T";

    @Inject
    PostHogSettings settings;

    @Produces
    @Named("stagingPostHog")
    @ApplicationScoped
    public PostHogInterface stagingClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(STAGING_FLAGS_KEY);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
