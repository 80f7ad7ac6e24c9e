package com.cohortlab.cohortapi.posthog;

import com.cohortlab.cohortapi.config.PostHogDefaults;
import com.cohortlab.cohortapi.config.PostHogKeys;
import com.cohortlab.cohortapi.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@ApplicationScoped
public class PostHogClientProducer {

    @Inject
    PostHogSettings settings;

    @Produces
    @Singleton
    @Default
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .localEvaluation(settings.localEvaluation())
                .pollIntervalSeconds(PostHogDefaults.FLAG_POLL_SECONDS)
                .debug(true) // TODO(ana): switch off once the flag-rollout mismatch (#412) is understood
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client for the staging flag set, evaluated against the
     * feature-flags secure key.
     */
    @Produces
    @Singleton
    @Named("stagingFlags")
    PostHogInterface stagingFlags() {
        String flagsKey = settings.secureApiKey().orElse(PostHogKeys.STAGING_SECURE_KEY);
        PostHogConfig config = PostHogConfig.builder(flagsKey)
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes @Default PostHogInterface client) {
        client.close();
    }
}
